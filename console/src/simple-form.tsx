import Autosuggest from '@cloudscape-design/components/autosuggest';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import { useState } from 'react';
import { type FormError, formErrorOf } from './errors.js';
import { Field } from './ui.js';

export interface SimpleField {
  readonly name: string;
  readonly label: string;
  /** A choice: values that read as themselves, or values with a label (a custom role's id and name). */
  readonly options?: readonly (string | { readonly value: string; readonly label: string })[];
  /** Values offered while typing: the value sent, and what the person reads. */
  readonly suggestions?: readonly { readonly value: string; readonly label: string }[];
  readonly hint?: string;
}

const optionOf = (option: string | { readonly value: string; readonly label: string }) =>
  typeof option === 'string' ? { value: option, label: option } : option;

/** A small create form (name, plan, …) in its own container, whose API errors land beside their fields. */
export const SimpleForm = ({
  title,
  fields,
  submitLabel,
  onSubmit,
}: {
  title: string;
  fields: readonly SimpleField[];
  submitLabel: string;
  onSubmit: (values: Record<string, string>) => Promise<void>;
}) => {
  const initial = Object.fromEntries(
    fields.map((field) => [
      field.name,
      field.options === undefined ? '' : optionOf(field.options[0] ?? '').value,
    ]),
  );
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<FormError>();
  const set = (name: string) => (value: string) => setValues({ ...values, [name]: value });
  return (
    <form
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
      <Form
        actions={<Button variant="primary">{submitLabel}</Button>}
        errorText={error !== undefined && Object.keys(error.fields).length === 0 ? error.message : undefined}
        errorIconAriaLabel="Error"
      >
        <Container header={<Header variant="h2">{title}</Header>}>
          <ColumnLayout columns={Math.min(fields.length, 3)}>
            {fields.map((field) => (
              <Field
                key={field.name}
                label={field.label}
                error={error?.fields[field.name]}
                {...(field.hint ? { hint: field.hint } : {})}
              >
                <SimpleControl field={field} value={values[field.name]!} onChange={set(field.name)} />
              </Field>
            ))}
          </ColumnLayout>
        </Container>
      </Form>
    </form>
  );
};

/** A text input, a text input with suggestions, or a choice of options, as the field says. */
const SimpleControl = ({
  field,
  value,
  onChange,
}: {
  field: SimpleField;
  value: string;
  onChange: (value: string) => void;
}) => {
  if (field.options !== undefined) {
    const options = field.options.map(optionOf);
    return (
      <Select
        selectedOption={options.find((option) => option.value === value) ?? { value, label: value }}
        options={options}
        onChange={({ detail }) => onChange(detail.selectedOption.value ?? '')}
      />
    );
  }
  if (field.suggestions !== undefined)
    return (
      <Autosuggest
        value={value}
        options={field.suggestions.map((suggestion) => ({
          value: suggestion.value,
          label: suggestion.label,
          description: suggestion.value,
        }))}
        enteredTextLabel={(text) => `Use "${text}"`}
        onChange={({ detail }) => onChange(detail.value)}
      />
    );
  return <Input value={value} onChange={({ detail }) => onChange(detail.value)} />;
};
