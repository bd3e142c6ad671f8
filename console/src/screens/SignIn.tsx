import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';
import { formErrorOf } from '../errors.js';
import { type Session, signIn } from '../session.js';
import { Field } from '../ui.js';

export const SignIn = ({ onSignedIn }: { onSignedIn: (session: Session) => void }) => {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <main className="sign-in">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(undefined);
          try {
            onSignedIn(await signIn(key.trim()));
          } catch (failure) {
            setError(formErrorOf(failure).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form
          header={<Header variant="h1">Keyward console</Header>}
          actions={
            <Button variant="primary" loading={busy} disabled={key.trim() === ''}>
              Sign in
            </Button>
          }
        >
          <Container>
            <Field
              label="Admin key"
              hint="Kept for this tab only (sessionStorage); signing out forgets it."
              error={error}
            >
              <Input
                type="password"
                autoComplete={false}
                value={key}
                onChange={({ detail }) => setKey(detail.value)}
              />
            </Field>
          </Container>
        </Form>
      </form>
    </main>
  );
};
