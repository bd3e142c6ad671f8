import { useState } from 'react';
import { formErrorOf } from '../errors.js';
import { type Session, signIn } from '../session.js';
import { Field, FormMessage } from '../ui.js';

export const SignIn = ({ onSignedIn }: { onSignedIn: (session: Session) => void }) => {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <main className="sign-in">
      <h1>Keyward console</h1>
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
        <Field
          label="Admin key"
          hint="Kept for this tab only (sessionStorage); signing out forgets it."
          error={error}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="off"
              value={key}
              onChange={(e) => setKey(e.target.value)}
              required
            />
          )}
        </Field>
        <button type="submit" disabled={busy || key.trim() === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <FormMessage />
      </form>
    </main>
  );
};
