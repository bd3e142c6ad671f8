import { useState } from 'react';
import type { Column } from '../table.js';
import { ConfirmDialog } from '../ui.js';

interface Endable {
  readonly id: string;
  readonly status: string;
}

/**
 * Revoking (or deleting) several tokens at once: a checkbox per active token, a button for the chosen
 * ones, and one confirmation naming them all. Only tokens on the screen and still active can be chosen
 * together, so nothing out of sight is ended — a filter or another owner's list hides them.
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
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<readonly T[]>();

  /** Each is its own request: the API has no batch. */
  const endAll = async () => {
    const tokens = confirming ?? [];
    setConfirming(undefined);
    setSelected(new Set());
    try {
      await Promise.all(tokens.map((token) => options.end(token.id)));
    } catch (failure) {
      options.onError(failure);
    }
    options.onDone();
  };

  const selectColumn: Column<T> = {
    header: 'Select',
    hiddenHeader: true,
    cell: (token) =>
      token.status === 'active' && (
        <input
          type="checkbox"
          aria-label={`Select ${nameOf(token)}`}
          checked={selected.has(token.id)}
          onChange={(e) => {
            const next = new Set(selected);
            if (e.target.checked) next.add(token.id);
            else next.delete(token.id);
            setSelected(next);
          }}
        />
      ),
  };

  return {
    selectColumn,
    chosenOf: (shown: readonly T[]) =>
      shown.filter((token) => selected.has(token.id) && token.status === 'active'),
    button: (chosen: readonly T[]) =>
      chosen.length > 0 && (
        <button type="button" className="danger" onClick={() => setConfirming(chosen)}>
          {ends} selected ({chosen.length})
        </button>
      ),
    dialog: (
      <ConfirmDialog
        open={confirming !== undefined}
        title={`${ends} ${confirming?.length ?? 0} ${kind.label}s?`}
        confirmLabel={`${ends} ${confirming?.length ?? 0}`}
        onConfirm={endAll}
        onCancel={() => setConfirming(undefined)}
      >
        <p>
          {confirming?.map((token) => `"${nameOf(token)}"`).join(', ')}{' '}
          {kind.onDelete === 'revoke'
            ? 'stop working everywhere within 1 second.'
            : 'are deleted and stop working everywhere within 1 second.'}
        </p>
      </ConfirmDialog>
    ),
  };
};
