import type { AuditEvent } from '../shared/domain/audit-event.js';
import { auditEvent } from '../shared/domain/audit-event.js';
import type { Clock } from '../shared/domain/clock.js';
import type { Site, Workspace } from '../shared/domain/directory.js';
import { NotFoundError } from '../shared/domain/errors.js';
import type { RequestMeta, TokenCaller } from '../shared/services/directory/actor.js';
import { type TokenView, toTokenView } from '../shared/services/tokens/token-view.js';
import type { AuditRepository } from '../shared/store/audit-repository.js';
import type { Page, PageRequest } from '../shared/store/cursor.js';
import type { WorkspaceRepository } from '../shared/store/directory/workspace-repository.js';
import type { TokenRepository } from '../shared/store/token-repository.js';

/** The Data API's site object (the fields of the site document), with absent values as null. */
export interface SiteObject {
  readonly id: string;
  readonly workspaceId: string;
  readonly displayName: string;
  readonly shortName: string;
  readonly previewUrl: string | null;
  readonly timeZone: string;
  readonly createdOn: string;
  readonly lastUpdated: string;
  readonly lastPublished: string | null;
  readonly parentFolderId: string | null;
  readonly customDomains: ReadonlyArray<{ readonly id: string; readonly url: string }>;
  readonly locales: unknown;
}

export const siteObjectOf = (site: Site): SiteObject => ({
  id: site.id,
  workspaceId: site.workspaceId,
  displayName: site.displayName,
  shortName: site.shortName,
  previewUrl: site.previewUrl ?? null,
  timeZone: site.timeZone,
  createdOn: site.createdOn,
  lastUpdated: site.lastUpdated,
  lastPublished: site.lastPublished ?? null,
  parentFolderId: site.parentFolderId ?? null,
  customDomains: site.customDomains,
  locales: site.locales ?? null,
});

export interface SampleDataServiceDependencies {
  readonly workspaces: Pick<WorkspaceRepository, 'getSite' | 'getWorkspace' | 'updateSite'>;
  readonly tokens: TokenRepository;
  readonly events: AuditRepository;
  readonly clock: Clock;
}

/**
 * The sample Data API that Keyward's authorizer protects in demos and tests. Authorization already
 * happened at the gateway (route policy, scopes, own site or workspace); this only serves data.
 */
export class SampleDataService {
  public constructor(private readonly deps: SampleDataServiceDependencies) {}

  /** The sites a token can see: a site token sees its own site. */
  public async sitesOf(caller: TokenCaller): Promise<SiteObject[]> {
    if (caller.ownerType !== 'site') return [];
    const site = await this.deps.workspaces.getSite(caller.ownerId);
    return site === undefined ? [] : [siteObjectOf(site)];
  }

  public async site(siteId: string): Promise<SiteObject> {
    return siteObjectOf(await this.#site(siteId));
  }

  public async publish(caller: TokenCaller, siteId: string, meta: RequestMeta): Promise<SiteObject> {
    const site = await this.#site(siteId);
    const now = this.deps.clock.now();
    const published: Site = { ...site, lastPublished: now.toISOString(), lastUpdated: now.toISOString() };
    const event = auditEvent(
      now,
      `workspace#${site.workspaceId}`,
      'site.published',
      { type: 'site', id: site.id, name: site.displayName },
      { keyId: caller.tokenId, ...meta },
    );
    await this.deps.workspaces.updateSite(published, this.deps.events.putStep(event));
    return siteObjectOf(published);
  }

  public async workspace(workspaceId: string): Promise<Workspace> {
    const workspace = await this.deps.workspaces.getWorkspace(workspaceId);
    if (workspace === undefined) throw new NotFoundError(`Workspace ${workspaceId} was not found.`);
    return workspace;
  }

  public async auditLogs(workspaceId: string, page: PageRequest): Promise<Page<AuditEvent>> {
    return this.deps.events.list(`workspace#${workspaceId}`, page);
  }

  /**
   * What a token may learn about itself: never its secret or hash. The external id of its identity comes from
   * the authorizer's context, as a protected API would take it to meter or bill by.
   */
  public async introspect(caller: TokenCaller): Promise<TokenView & { readonly externalId?: string }> {
    const token = await this.deps.tokens.get(caller.tokenId);
    if (token === undefined) throw new NotFoundError('The token no longer exists.');
    const view = toTokenView(token, this.deps.clock.now());
    return caller.externalId === undefined ? view : { ...view, externalId: caller.externalId };
  }

  async #site(siteId: string): Promise<Site> {
    const site = await this.deps.workspaces.getSite(siteId);
    if (site === undefined) throw new NotFoundError(`Site ${siteId} was not found.`);
    return site;
  }
}
