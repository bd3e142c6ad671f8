import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import type { FormError } from '../errors.js';

/**
 * The frame of every kind's create and edit form: its title, its fields, Cancel and the submit button, and
 * the API's message when it is about no one field (field errors stay beside their fields).
 */
export const TokenForm = ({
  title,
  submitLabel,
  error,
  onSubmit,
  onCancel,
  extraActions,
  children,
}: {
  title: string;
  submitLabel: string;
  error: FormError | undefined;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  /** Actions beside Cancel and submit (Regenerate in an API token's edit view). */
  extraActions?: ReactNode;
  children: ReactNode;
}) => (
  <form
    aria-label={title}
    onSubmit={async (event) => {
      event.preventDefault();
      await onSubmit();
    }}
  >
    <Form
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          {/* Buttons in a form submit it unless told not to. */}
          <Button formAction="none" variant="link" onClick={onCancel}>
            Cancel
          </Button>
          {extraActions}
          <Button variant="primary">{submitLabel}</Button>
        </SpaceBetween>
      }
      errorText={error !== undefined && Object.keys(error.fields).length === 0 ? error.message : undefined}
      errorIconAriaLabel="Error"
    >
      <Container header={<Header variant="h2">{title}</Header>}>
        <SpaceBetween size="l">{children}</SpaceBetween>
      </Container>
    </Form>
  </form>
);
