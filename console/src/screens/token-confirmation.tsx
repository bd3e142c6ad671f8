import Input from '@cloudscape-design/components/input';
import { GRACE_PERIOD_BOUNDS, REUSE_SETTLE_SECONDS } from '../../../shared/domain/rotation.js';
import { Field } from '../ui.js';

/** What happens to a replaced value after its grace, said once for both regenerate dialogs. */
const AFTER_GRACE = `Requests with it in the next ${REUSE_SETTLE_SECONDS} seconds are refused as late traffic; using it after that revokes the whole token, but only where the token policy turns reuse detection on.`;

/**
 * What confirming a revoke, delete or regenerate does, in words: within how long the token stops working,
 * and for a regenerate, how long the old value keeps working and what reuse detection then does.
 */
export const TokenConfirmation = ({
  action,
  name,
  onDelete,
  askGrace,
  grace,
  onGrace,
}: {
  action: 'end' | 'regenerate';
  name: string;
  onDelete: 'revoke' | 'remove';
  askGrace: boolean;
  grace: string;
  onGrace: (seconds: string) => void;
}) =>
  action === 'end' ? (
    <span>
      "{name}"{' '}
      {onDelete === 'revoke'
        ? 'stops working everywhere within 1 second. This cannot be undone.'
        : 'is deleted and stops working everywhere within 1 second. The audit log keeps a record of it.'}
    </span>
  ) : askGrace ? (
    <Field
      label="Keep the old value working for (seconds)"
      hint={`The old value keeps working this long, so integrations can switch over, then stops everywhere within 1 second; 0 ends it now, up to ${GRACE_PERIOD_BOUNDS.max}. An earlier value still in its own grace keeps it. ${AFTER_GRACE}`}
    >
      <Input
        type="number"
        inputMode="numeric"
        value={grace}
        onChange={({ detail }) => onGrace(detail.value)}
      />
    </Field>
  ) : (
    <span>
      "{name}" gets a new value; the current one stops working everywhere within 1 second. {AFTER_GRACE}
    </span>
  );
