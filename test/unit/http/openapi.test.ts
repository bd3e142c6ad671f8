import { describe, expect, it } from 'vitest';
import { tokenKinds } from '../../../shared/domain/kinds.js';
import { tokenPrefixOf } from '../../../shared/domain/token-format.js';
import { openApiDocument } from '../../../shared/http/openapi.js';
import { routes } from '../../../shared/http/routes/index.js';

describe('Function: openApiDocument', () => {
  it('is OpenAPI 3.1 and lists every route of the route table with its operation id', () => {
    const document = openApiDocument();
    expect(document.openapi).toBe('3.1.0');
    for (const route of routes) {
      const operation = (document.paths as Record<string, Record<string, { operationId?: string }>>)[
        route.path
      ]?.[route.method.toLowerCase()];
      expect(operation?.operationId, `${route.method} ${route.path}`).toBe(route.operationId);
    }
  });

  it('documents the error body on every operation', () => {
    const create = (document: ReturnType<typeof openApiDocument>) =>
      (document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[
        '/v1/sites/{siteId}/tokens'
      ]!.post!;
    expect(Object.keys(create(openApiDocument()).responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409', '413', '415', '422']),
    );
  });

  it('gives every route a unique operation id', () => {
    expect(new Set(routes.map((route) => route.operationId)).size).toBe(routes.length);
  });

  it('names as able to act for itself exactly the kinds that may rotate themselves', () => {
    const { description } = openApiDocument().components!.securitySchemes!.keywardToken as {
      description: string;
    };
    for (const kind of Object.values(tokenKinds))
      expect(description.includes(`\`${tokenPrefixOf(kind.prefixCode)}…\``), kind.kind).toBe(
        kind.selfRotatable,
      );
  });
});
