import type { AuditEvent } from '../../domain/audit-event.js';
import type { Clock } from '../../domain/clock.js';
import { type ContentType, type Environment, newResourceId, type Project } from '../../domain/directory.js';
import { ConflictError, NotFoundError, PermissionDeniedError } from '../../domain/errors.js';
import type { AuditRepository } from '../../store/audit-repository.js';
import type { Page, PageRequest } from '../../store/cursor.js';
import type { MembershipRepository } from '../../store/directory/membership-repository.js';
import type { OwnerCounterRepository } from '../../store/owner-counters.js';
import type { ProjectRepository } from '../../store/project-repository.js';
import type { AccessPolicy } from './access-policy.js';
import type { Actor, RequestMeta } from './actor.js';
import type { AuditTrail } from './audit-trail.js';
import type { Viewed } from './directory-service.js';

export interface ProjectServiceDependencies {
  readonly projects: ProjectRepository;
  readonly memberships: Pick<MembershipRepository, 'listMemberships'>;
  /** Active project tokens per environment. */
  readonly counters: Pick<OwnerCounterRepository, 'read'>;
  readonly events: AuditRepository;
  readonly access: AccessPolicy;
  readonly audit: AuditTrail;
  readonly clock: Clock;
}

export const DEFAULT_ENVIRONMENT = 'main';

/** Content projects, their environments and content types. A project starts with the `main` environment. */
export class ProjectService {
  public constructor(private readonly deps: ProjectServiceDependencies) {}

  public async createProject(
    actor: Actor,
    meta: RequestMeta,
    input: { readonly name: string },
  ): Promise<Project> {
    if (!actor.isOwner) throw new PermissionDeniedError('Only the instance owner can create projects.');
    const now = this.deps.clock.now().toISOString();
    const project: Project = {
      id: newResourceId(),
      name: input.name,
      createdAt: now,
      createdBy: actor.principalId,
    };
    const main: Environment = {
      id: newResourceId(),
      projectId: project.id,
      name: DEFAULT_ENVIRONMENT,
      createdAt: now,
    };
    await this.deps.projects.createProject(
      project,
      main,
      {
        principalId: actor.principalId,
        resourceType: 'project',
        resourceId: project.id,
        role: 'admin',
        createdAt: now,
        createdBy: actor.principalId,
      },
      this.deps.audit.record(
        `project#${project.id}`,
        'project.created',
        { type: 'project', id: project.id, name: project.name },
        actor,
        meta,
      ),
    );
    return project;
  }

  /** The projects the actor holds a role on. */
  public async listProjects(actor: Actor): Promise<Project[]> {
    const memberships = await this.deps.memberships.listMemberships(actor.principalId);
    const projects = await Promise.all(
      memberships
        .filter((m) => m.resourceType === 'project')
        .map((m) => this.deps.projects.getProject(m.resourceId)),
    );
    return projects
      .filter((p): p is Project => p !== undefined)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  public async getProject(actor: Actor, projectId: string): Promise<Project & Viewed> {
    const { permissions } = await this.deps.access.authorize(actor, 'project', projectId, 'resource:read');
    return { ...(await this.deps.projects.getProject(projectId))!, viewerPermissions: permissions };
  }

  public async createEnvironment(
    actor: Actor,
    meta: RequestMeta,
    projectId: string,
    name: string,
  ): Promise<Environment> {
    const resource = await this.deps.access.authorize(actor, 'project', projectId, 'resource:update');
    if (
      (await this.deps.projects.listEnvironments(projectId)).some((environment) => environment.name === name)
    ) {
      throw new ConflictError(`The project already has an environment named ${name}.`, 'already_exists');
    }
    const environment: Environment = {
      id: newResourceId(),
      projectId,
      name,
      createdAt: this.deps.clock.now().toISOString(),
    };
    await this.deps.projects.createEnvironment(
      environment,
      this.deps.audit.record(
        resource.auditScope,
        'environment.created',
        { type: 'environment', id: environment.id, name },
        actor,
        meta,
      ),
    );
    return environment;
  }

  public async listEnvironments(actor: Actor, projectId: string): Promise<Environment[]> {
    await this.deps.access.authorize(actor, 'project', projectId, 'resource:read');
    return this.deps.projects.listEnvironments(projectId);
  }

  /** Refused for the last environment, and for one that active project tokens still read. */
  public async deleteEnvironment(
    actor: Actor,
    meta: RequestMeta,
    projectId: string,
    environmentId: string,
  ): Promise<void> {
    const resource = await this.deps.access.authorize(actor, 'project', projectId, 'resource:update');
    const environments = await this.deps.projects.listEnvironments(projectId);
    const environment = environments.find((candidate) => candidate.id === environmentId);
    if (environment === undefined) throw new NotFoundError(`Environment ${environmentId} was not found.`);
    if (environments.length === 1)
      throw new ConflictError('A project keeps at least one environment.', 'last_environment');
    if ((await this.deps.counters.read(`environment#${environmentId}`)) > 0) {
      throw new ConflictError(
        'Active project tokens use this environment; revoke or move them first.',
        'environment_in_use',
      );
    }
    await this.deps.projects.deleteEnvironment(
      environment,
      this.deps.audit.record(
        resource.auditScope,
        'environment.deleted',
        { type: 'environment', id: environmentId, name: environment.name },
        actor,
        meta,
      ),
    );
  }

  public async createContentType(
    actor: Actor,
    meta: RequestMeta,
    projectId: string,
    input: { readonly name: string; readonly pluralName: string },
  ): Promise<ContentType> {
    const resource = await this.deps.access.authorize(actor, 'project', projectId, 'resource:update');
    const contentType: ContentType = { ...input, projectId, createdAt: this.deps.clock.now().toISOString() };
    await this.deps.projects.createContentType(
      contentType,
      this.deps.audit.record(
        resource.auditScope,
        'content_type.created',
        { type: 'content_type', id: input.name, name: input.pluralName },
        actor,
        meta,
      ),
    );
    return contentType;
  }

  public async listContentTypes(actor: Actor, projectId: string): Promise<ContentType[]> {
    await this.deps.access.authorize(actor, 'project', projectId, 'resource:read');
    return this.deps.projects.listContentTypes(projectId);
  }

  public async auditLog(actor: Actor, projectId: string, page: PageRequest): Promise<Page<AuditEvent>> {
    const resource = await this.deps.access.authorize(actor, 'project', projectId, 'audit:read');
    return this.deps.events.list(resource.auditScope, page);
  }
}
