import { KeywardApiError } from '../../client/index.js';

/** A failed call as the form shows it: one message for the form, and messages by field (422 `details`). */
export interface FormError {
  readonly message: string;
  readonly fields: Readonly<Record<string, string>>;
}

export const formErrorOf = (error: unknown): FormError => {
  if (error instanceof KeywardApiError) {
    const fields: Record<string, string> = {};
    for (const detail of error.details) fields[detail.path.split('.')[0]!] ??= detail.message;
    return { message: error.message, fields };
  }
  return { message: (error as Error)?.message ?? 'Something went wrong.', fields: {} };
};
