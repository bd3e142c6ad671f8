import { declaredTokens } from '../../shared/composition/declared-tokens.js';
import { containerFromEnvironment } from '../../shared/composition/environment.js';
import { customResourceHandler } from '../../shared/http/custom-resource.js';
import { declaredTokenResource } from '../../shared/http/declared-token-resource.js';

/** The custom resource of `KeywardToken`: CloudFormation's Create, Update and Delete of a declared token. */
export const handler = customResourceHandler(containerFromEnvironment, (container) =>
  declaredTokenResource(container.get(declaredTokens)),
);
