import { containerFromEnvironment } from '../../shared/composition/environment.js';
import { secretRotationHandler } from '../../shared/http/secret-rotation-handler.js';

/** The rotation function of `KeywardToken` secrets: Secrets Manager's four steps, each a call. */
export const handler = secretRotationHandler(containerFromEnvironment);
