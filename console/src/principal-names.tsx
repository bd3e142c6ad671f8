import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { KeywardClient } from '../../client/index.js';
import { useLoad } from './use-load.js';

/**
 * People by name instead of principal id, wherever the console says who did something: the principals the
 * caller may see (`GET /v1/principals`), loaded once per session. Someone the caller may not see reads as
 * "another principal", never as a bare id.
 */
const Names = createContext<ReadonlyMap<string, string>>(new Map());

export const PrincipalNamesProvider = ({
  client,
  children,
}: {
  client: KeywardClient;
  children: ReactNode;
}) => {
  const { state } = useLoad(async () => (await client.GET('/v1/principals')).data!.items, []);
  // One map per load, not per render: the consumers re-render only when the names change.
  const names = useMemo(
    () => new Map(state.status === 'ready' ? state.data.map((p) => [p.id, p.name] as const) : []),
    [state],
  );
  return <Names.Provider value={names}>{children}</Names.Provider>;
};

export const usePrincipalName = (): ((principalId: string | null | undefined) => string) => {
  const names = useContext(Names);
  // The same function while the names stay the same: what lists derive from it is derived once.
  return useCallback(
    (principalId) => (principalId == null ? '—' : (names.get(principalId) ?? 'another principal')),
    [names],
  );
};
