import type { Params } from './router.js';
import type { Session } from './session.js';

/** What every screen is given: the signed-in session and its URL's parameters. */
export interface ScreenProps {
  readonly session: Session;
  readonly params: Params;
}
