import { declarationChangeOf, type TokenDeclaration } from '../domain/declared-token.js';
import { tokenKinds } from '../domain/kinds.js';
import type { DeclaredTokens, DeploymentRequest } from '../services/tokens/declared-tokens.js';
import type { CustomResourceEvent, CustomResourceProvider, CustomResourceResult } from './custom-resource.js';
import { parseDeclaration, tokenInputOf, tokenPatchOf } from './token-declarations.js';

/**
 * The custom resource of a `KeywardToken`: its properties are the declaration (one JSON string, so
 * CloudFormation does not turn its numbers and booleans into strings) and the ARN of the secret its value
 * goes to. Create mints; Update changes in place what may change in place and otherwise mints a replacement
 * (CloudFormation then deletes the old physical id, which ends the old token once the update has succeeded);
 * Delete ends the token.
 */

/** The custom resource's property names, which the construct writes. */
export const DECLARED_TOKEN_PROPERTIES = { declaration: 'Declaration', secretId: 'SecretId' } as const;

interface DeclaredProperties {
  readonly declaration: TokenDeclaration;
  readonly secretId: string;
}

const propertiesOf = (properties: Readonly<Record<string, unknown>>): DeclaredProperties => {
  const raw = properties[DECLARED_TOKEN_PROPERTIES.declaration];
  let value: unknown;
  try {
    value = JSON.parse(String(raw));
  } catch {
    value = undefined;
  }
  return {
    declaration: parseDeclaration(value),
    secretId: String(properties[DECLARED_TOKEN_PROPERTIES.secretId] ?? ''),
  };
};

/** The properties when they still read as a declaration (one a failed create left invalid may not). */
const readablePropertiesOf = (
  properties: Readonly<Record<string, unknown>> | undefined,
): DeclaredProperties | undefined => {
  try {
    return propertiesOf(properties ?? {});
  } catch {
    return undefined;
  }
};

const requestOf = (event: CustomResourceEvent, secretId: string): DeploymentRequest => ({
  stackId: event.StackId,
  logicalResourceId: event.LogicalResourceId,
  requestId: event.RequestId,
  secretId,
});

const resultOf = (tokenId: string): CustomResourceResult => ({
  physicalResourceId: tokenId,
  data: { TokenId: tokenId },
});

export const declaredTokenResource =
  (tokens: DeclaredTokens): CustomResourceProvider =>
  async (event) => {
    const issue = ({ declaration, secretId }: DeclaredProperties) => {
      const { owner, input } = tokenInputOf(declaration);
      return tokens.issue(owner, input, declaration.createdBy, requestOf(event, secretId));
    };
    const physicalId = event.PhysicalResourceId ?? '';
    if (event.RequestType === 'Create') return resultOf(await issue(propertiesOf(event.ResourceProperties)));
    if (event.RequestType === 'Delete') {
      // A declaration a failed create left invalid names no principal to act as: the instance owner acts.
      const createdBy = readablePropertiesOf(event.ResourceProperties)?.declaration.createdBy;
      await tokens.end(physicalId, createdBy, requestOf(event, ''));
      return { physicalResourceId: physicalId };
    }
    const after = propertiesOf(event.ResourceProperties);
    // What no longer reads as a declaration cannot be compared with: the token is replaced.
    const before = readablePropertiesOf(event.OldResourceProperties);
    const change =
      before === undefined || before.secretId !== after.secretId
        ? ({ action: 'replace' } as const)
        : declarationChangeOf(before.declaration, after.declaration);
    const request = requestOf(event, after.secretId);
    if (change.action === 'keep' && (await tokens.isActive(physicalId))) return resultOf(physicalId);
    if (change.action === 'update') {
      const { kind, ownerId, createdBy } = after.declaration;
      const patch = tokenPatchOf(kind, change.patch);
      if (await tokens.update(physicalId, { kind: tokenKinds[kind], ownerId }, patch, createdBy, request))
        return resultOf(physicalId);
    }
    return resultOf(await issue(after));
  };
