import { component } from '../shared/composition/container.js';
import { auditRepository, clock, tokenRepository, workspaceRepository } from '../shared/composition/store.js';
import { SampleDataService } from './sample-data-service.js';

/** The sample Data API's own part, composed from Keyward's repositories like any service. */
export const sampleDataService = /* @__PURE__ */ component(
  'sampleDataService',
  (c) =>
    new SampleDataService({
      workspaces: c.get(workspaceRepository),
      tokens: c.get(tokenRepository),
      events: c.get(auditRepository),
      clock: c.get(clock),
    }),
);
