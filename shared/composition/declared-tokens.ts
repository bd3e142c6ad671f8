import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { DeclaredTokens } from '../services/tokens/declared-tokens.js';
import { SecretRotation } from '../services/tokens/secret-rotation.js';
import { secretsManagerTokenSecrets } from '../store/token-secrets.js';
import { type Container, component } from './container.js';
import { tokenService } from './services.js';
import { clock, keys, principalRepository, tokenRepository } from './store.js';

/**
 * The parts of declared tokens (`KeywardToken`): its custom resource and its rotation function alone use
 * Secrets Manager, so no other function carries its client. Region and endpoint are the SDK's own
 * (`AWS_REGION`, `AWS_ENDPOINT_URL_SECRETS_MANAGER`).
 */

export const tokenSecrets = /* @__PURE__ */ component('tokenSecrets', () =>
  secretsManagerTokenSecrets(new SecretsManagerClient({})),
);

/** What the custom resource and the rotation both work with: the tokens, their secrets, the acting principal. */
const declaredTokenParts = (c: Container) => ({
  tokens: c.get(tokenService),
  records: c.get(tokenRepository),
  principals: c.get(principalRepository),
  secrets: c.get(tokenSecrets),
  keys: c.get(keys),
  clock: c.get(clock),
});

export const declaredTokens = /* @__PURE__ */ component(
  'declaredTokens',
  (c) => new DeclaredTokens(declaredTokenParts(c)),
);

export const secretRotation = /* @__PURE__ */ component(
  'secretRotation',
  (c) => new SecretRotation(declaredTokenParts(c)),
);
