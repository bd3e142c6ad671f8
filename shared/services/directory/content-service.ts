import { ulid } from 'ulid';
import type { Clock } from '../../domain/clock.js';
import type { ContentType, Entry } from '../../domain/directory.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Page, PageRequest } from '../../store/cursor.js';
import type { ProjectRepository } from '../../store/project-repository.js';
import type { TokenCaller } from './actor.js';

/**
 * The content APIs behind the token authorizer: read-only delivery for project tokens (their
 * environment), and CRUD for API tokens (the project's first environment). Authorization already
 * happened at the gateway; this resolves content types and serves entries.
 */
export class ContentService {
  public constructor(
    private readonly deps: { readonly projects: ProjectRepository; readonly clock: Clock },
  ) {}

  public async deliveryList(
    caller: TokenCaller,
    contentType: string,
    page: PageRequest,
  ): Promise<Page<Entry>> {
    await this.#contentType(caller.ownerId, (type) => type.name === contentType);
    return this.deps.projects.listEntries(this.#environmentOf(caller), contentType, page);
  }

  public async deliveryGet(caller: TokenCaller, contentType: string, entryId: string): Promise<Entry> {
    await this.#contentType(caller.ownerId, (type) => type.name === contentType);
    return this.#entry(this.#environmentOf(caller), contentType, entryId);
  }

  public async find(caller: TokenCaller, pluralName: string, page: PageRequest): Promise<Page<Entry>> {
    const { environmentId, contentType } = await this.#apiTarget(caller, pluralName);
    return this.deps.projects.listEntries(environmentId, contentType.name, page);
  }

  public async findOne(caller: TokenCaller, pluralName: string, entryId: string): Promise<Entry> {
    const { environmentId, contentType } = await this.#apiTarget(caller, pluralName);
    return this.#entry(environmentId, contentType.name, entryId);
  }

  public async create(
    caller: TokenCaller,
    pluralName: string,
    data: Record<string, unknown>,
  ): Promise<Entry> {
    const { environmentId, contentType } = await this.#apiTarget(caller, pluralName);
    const now = this.deps.clock.now().toISOString();
    const entry: Entry = {
      id: ulid(this.deps.clock.now().getTime()).toLowerCase(),
      contentType: contentType.name,
      environmentId,
      data,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    };
    await this.deps.projects.putEntry(entry, false);
    return entry;
  }

  public async update(
    caller: TokenCaller,
    pluralName: string,
    entryId: string,
    data: Record<string, unknown>,
  ): Promise<Entry> {
    const { environmentId, contentType } = await this.#apiTarget(caller, pluralName);
    const current = await this.#entry(environmentId, contentType.name, entryId);
    const updated: Entry = { ...current, data, updatedAt: this.deps.clock.now().toISOString() };
    await this.deps.projects.putEntry(updated, true);
    return updated;
  }

  public async delete(caller: TokenCaller, pluralName: string, entryId: string): Promise<void> {
    const { environmentId, contentType } = await this.#apiTarget(caller, pluralName);
    await this.#entry(environmentId, contentType.name, entryId);
    await this.deps.projects.deleteEntry(environmentId, contentType.name, entryId);
  }

  #environmentOf(caller: TokenCaller): string {
    if (caller.environmentId === undefined) throw new NotFoundError('The token reads no environment.');
    return caller.environmentId;
  }

  async #apiTarget(caller: TokenCaller, pluralName: string) {
    const contentType = await this.#contentType(caller.ownerId, (type) => type.pluralName === pluralName);
    const [first] = await this.deps.projects.listEnvironments(caller.ownerId);
    if (first === undefined) throw new NotFoundError('The project has no environment.');
    return { environmentId: first.id, contentType };
  }

  async #contentType(projectId: string, matches: (type: ContentType) => boolean): Promise<ContentType> {
    const found = (await this.deps.projects.listContentTypes(projectId)).find(matches);
    if (found === undefined) throw new NotFoundError('No such content type in this project.');
    return found;
  }

  async #entry(environmentId: string, contentType: string, entryId: string): Promise<Entry> {
    const entry = await this.deps.projects.getEntry(environmentId, contentType, entryId);
    if (entry === undefined) throw new NotFoundError(`Entry ${entryId} was not found.`);
    return entry;
  }
}
