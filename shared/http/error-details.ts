import type * as z from 'zod';
import type { ErrorDetail } from '../domain/errors.js';

/** How validation failures become `details`: one per issue, its path dotted under `prefix`. */

export const detailsOf = (error: z.ZodError, prefix: string): ErrorDetail[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.'),
    message: issue.message,
  }));

/** A detail as one line of text (a synth error, a stack event): `path: message`, or the message alone. */
export const detailLine = ({ path, message }: ErrorDetail): string =>
  path === '' ? message : `${path}: ${message}`;
