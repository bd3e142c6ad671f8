import Button from '@cloudscape-design/components/button';
import { useState } from 'react';
import { ConfirmDialog } from '../ui.js';

interface Endable {
  readonly id: string;
}

/**
 * Revoking (or deleting) several tokens at once: a button for the chosen ones, and one confirmation naming
 * them all. The table chooses only tokens on the screen and still active, and a filter clears the choice,
 * so nothing out of sight is ended.
 */
export const useBulkEnd = <T extends Endable>(options: {
  end(tokenId: string): Promise<void>;
  nameOf(token: T): string;
  readonly kind: { readonly label: string; readonly onDelete: 'revoke' | 'remove' };
  /** "Revoke" or "Delete", as the kind's DELETE does. */
  readonly ends: string;
  onDone(): void;
  onError(failure: unknown): void;
}) => {
  const { kind, ends, nameOf } = options;
  const [confirming, setConfirming] = useState<readonly T[]>();

  /** Each is its own request: the API has no batch. */
  const endAll = async () => {
    const tokens = confirming ?? [];
    setConfirming(undefined);
    try {
      await Promise.all(tokens.map((token) => options.end(token.id)));
    } catch (failure) {
      options.onError(failure);
    }
    options.onDone();
  };

  return {
    button: (chosen: readonly T[]) =>
      chosen.length > 0 && (
        <Button onClick={() => setConfirming(chosen)}>
          {ends} selected ({chosen.length})
        </Button>
      ),
    dialog: (
      <ConfirmDialog
        open={confirming !== undefined}
        title={`${ends} ${confirming?.length ?? 0} ${kind.label}s?`}
        confirmLabel={`${ends} ${confirming?.length ?? 0}`}
        onConfirm={endAll}
        onCancel={() => setConfirming(undefined)}
      >
        {confirming?.map((token) => `"${nameOf(token)}"`).join(', ')}{' '}
        {kind.onDelete === 'revoke'
          ? 'stop working everywhere within 1 second.'
          : 'are deleted and stop working everywhere within 1 second.'}
      </ConfirmDialog>
    ),
  };
};
