import { useState } from 'react';
import { type FormError, formErrorOf } from './errors.js';
import { Field, FormMessage } from './ui.js';

export interface SimpleField {
  readonly name: string;
  readonly label: string;
  readonly options?: readonly string[];
  /** Values offered while typing (a datalist): the value sent, and what the person reads. */
  readonly suggestions?: readonly { readonly value: string; readonly label: string }[];
  readonly hint?: string;
}

/** A small create form (name, plan, …) whose API errors land beside their fields. */
export const SimpleForm = ({
  fields,
  submitLabel,
  onSubmit,
}: {
  fields: readonly SimpleField[];
  submitLabel: string;
  onSubmit: (values: Record<string, string>) => Promise<void>;
}) => {
  const initial = Object.fromEntries(fields.map((field) => [field.name, field.options?.[0] ?? '']));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<FormError>();
  return (
    <form
      className="inline-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setError(undefined);
        try {
          await onSubmit(values);
          setValues(initial);
        } catch (failure) {
          setError(formErrorOf(failure));
        }
      }}
    >
      {fields.map((field) => (
        <Field
          key={field.name}
          label={field.label}
          error={error?.fields[field.name]}
          {...(field.hint ? { hint: field.hint } : {})}
        >
          {(props) =>
            field.options === undefined ? (
              <>
                <input
                  {...props}
                  {...(field.suggestions === undefined ? {} : { list: `${props.id}-suggestions` })}
                  value={values[field.name]}
                  onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
                />
                {field.suggestions !== undefined && (
                  <datalist id={`${props.id}-suggestions`}>
                    {field.suggestions.map((suggestion) => (
                      <option key={suggestion.value} value={suggestion.value} label={suggestion.label} />
                    ))}
                  </datalist>
                )}
              </>
            ) : (
              <select
                {...props}
                value={values[field.name]}
                onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
              >
                {field.options.map((option) => (
                  <option key={option}>{option}</option>
                ))}
              </select>
            )
          }
        </Field>
      ))}
      <button type="submit">{submitLabel}</button>
      {error !== undefined && Object.keys(error.fields).length === 0 && (
        <FormMessage message={error.message} />
      )}
    </form>
  );
};
