import * as z from 'zod';
import type { RouteDefinition } from '../route.js';
import { pageOf, paginationQuery } from '../schemas/common.js';
import { auditEventView } from '../schemas/directory.js';
import {
  contentTypeView,
  environmentView,
  projectBodies,
  projectPathParams,
  projectView,
} from '../schemas/projects.js';

/** Management routes of content projects: the projects, their environments, content types and audit log. */

const common = { auth: 'admin' } as const;
const { project, environment } = projectPathParams;

export const projectRoutes: readonly RouteDefinition[] = [
  {
    ...common,
    method: 'POST',
    path: '/v1/projects',
    operationId: 'createProject',
    summary: 'Create a project (instance owner); it starts with the `main` environment',
    tag: 'Projects',
    handler: 'functions/projects/create',
    request: { body: projectBodies.create },
    responses: { 201: { description: 'The project', schema: projectView } },
  },
  {
    ...common,
    method: 'GET',
    path: '/v1/projects',
    operationId: 'listProjects',
    summary: 'List the projects you hold a role on',
    tag: 'Projects',
    handler: 'functions/projects/list',
    responses: { 200: { description: 'Projects', schema: z.object({ items: z.array(projectView) }) } },
  },
  {
    ...common,
    method: 'GET',
    path: '/v1/projects/{projectId}',
    operationId: 'getProject',
    summary: 'Get a project',
    tag: 'Projects',
    handler: 'functions/projects/get',
    request: { params: project },
    responses: { 200: { description: 'The project', schema: projectView } },
  },
  {
    ...common,
    method: 'GET',
    path: '/v1/projects/{projectId}/audit-logs',
    operationId: 'listProjectAuditLogs',
    summary: "A project's audit log, newest first",
    tag: 'Projects',
    handler: 'functions/audit-logs/list-project',
    request: { params: project, query: paginationQuery },
    responses: { 200: { description: 'A page of audit events', schema: pageOf(auditEventView) } },
  },
  {
    ...common,
    method: 'POST',
    path: '/v1/projects/{projectId}/environments',
    operationId: 'createEnvironment',
    summary: 'Add an environment to a project',
    tag: 'Environments',
    handler: 'functions/environments/create',
    request: { params: project, body: projectBodies.environment },
    responses: { 201: { description: 'The environment', schema: environmentView } },
  },
  {
    ...common,
    method: 'GET',
    path: '/v1/projects/{projectId}/environments',
    operationId: 'listEnvironments',
    summary: "A project's environments, oldest (the default) first",
    tag: 'Environments',
    handler: 'functions/environments/list',
    request: { params: project },
    responses: {
      200: { description: 'Environments', schema: z.object({ items: z.array(environmentView) }) },
    },
  },
  {
    ...common,
    method: 'DELETE',
    path: '/v1/projects/{projectId}/environments/{environmentId}',
    operationId: 'deleteEnvironment',
    summary: 'Delete an environment no active project token uses (a project keeps at least one)',
    tag: 'Environments',
    handler: 'functions/environments/delete',
    request: { params: environment },
    responses: { 204: { description: 'Deleted' } },
  },
  {
    ...common,
    method: 'POST',
    path: '/v1/projects/{projectId}/content-types',
    operationId: 'createContentType',
    summary: 'Add a content type (API ids: name and pluralName)',
    tag: 'Content types',
    handler: 'functions/content-types/create',
    request: { params: project, body: projectBodies.contentType },
    responses: { 201: { description: 'The content type', schema: contentTypeView } },
  },
  {
    ...common,
    method: 'GET',
    path: '/v1/projects/{projectId}/content-types',
    operationId: 'listContentTypes',
    summary: "A project's content types",
    tag: 'Content types',
    handler: 'functions/content-types/list',
    request: { params: project },
    responses: {
      200: { description: 'Content types', schema: z.object({ items: z.array(contentTypeView) }) },
    },
  },
];
