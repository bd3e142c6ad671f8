import { useEffect, useRef, useState } from 'react';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Loads data for a screen; loads again when `deps` change or after `reload()` (e.g. after a change). A reload
 * keeps showing the data it replaces, so forms and tables do not flicker away while it runs.
 */
export const useLoad = <T>(load: () => Promise<T>, deps: readonly unknown[]) => {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(deps);
  const shownKey = useRef<string>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a new closure every render; `key` and `version` say when to run it
  useEffect(() => {
    let current = true;
    if (shownKey.current !== key) setState({ status: 'loading' });
    shownKey.current = key;
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
