import * as z from 'zod';
import type { Container } from '../composition/container.js';
import { secretRotation } from '../composition/declared-tokens.js';
import { logger } from '../composition/store.js';
import { ROTATION_STEPS } from '../services/tokens/secret-rotation.js';

/**
 * Secrets Manager's invocation of a rotation function: one step of one rotation of one secret. A step that
 * throws fails the rotation, which Secrets Manager records and tries again; the error names what was wrong,
 * never a value.
 */

export const secretRotationEvent = z.object({
  SecretId: z.string().min(1),
  ClientRequestToken: z.string().min(1),
  Step: z.enum(ROTATION_STEPS),
});

export const secretRotationHandler =
  (container: () => Container) =>
  async (raw: unknown): Promise<void> => {
    const event = secretRotationEvent.parse(raw);
    const log = container().get(logger);
    const step = { step: event.Step, secretId: event.SecretId, versionId: event.ClientRequestToken };
    try {
      await container().get(secretRotation).run(event.Step, event.SecretId, event.ClientRequestToken);
      log.info('secret rotation', step);
    } catch (error) {
      log.error('secret rotation failed', { ...step, error: error as Error });
      throw error;
    }
  };
