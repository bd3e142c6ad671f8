import { useEffect, useState } from 'react';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly data: T };

/** Loads data for a screen; loads again when `deps` change or after `reload()` (e.g. after a change). */
export const useLoad = <T>(load: () => Promise<T>, deps: readonly unknown[]) => {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(deps);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a new closure every render; `key` and `version` say when to run it
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: Error) => current && setState({ status: 'error', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  return { state, reload: () => setVersion((v) => v + 1) };
};
