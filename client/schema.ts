/** Generated from the route table by `npm run generate:client`. Do not edit. */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: answers 200 once the tables exist */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API as an OpenAPI 3.1 document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces you hold a role on */
        get: operations["listWorkspaces"];
        put?: never;
        /** Create a workspace (instance owner); its creator becomes its admin */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a workspace */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workspace's audit log, newest first */
        get: operations["listAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a workspace's sites */
        get: operations["listSites"];
        put?: never;
        /** Create a site in a workspace */
        post: operations["createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a site */
        get: operations["getSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a site's settings */
        patch: operations["updateSite"];
        trace?: never;
    };
    "/v1/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Principals you may see (yourself and members of resources you hold a role on; everyone for the instance owner), by name */
        get: operations["searchPrincipals"];
        put?: never;
        /** Create a principal (instance owner); give it an admin key and roles next */
        post: operations["createPrincipal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The principal behind the admin key used */
        get: operations["getCurrentPrincipal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set your email address for expiry warnings, or opt out of them */
        patch: operations["updateCurrentPrincipal"];
        trace?: never;
    };
    "/v1/principals/{principalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a principal (yourself, or any as instance owner) */
        get: operations["getPrincipal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{principalId}/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A principal's own audit log, newest first: its creation, email and mail changes, its admin keys (yourself, or any as instance owner) */
        get: operations["listPrincipalAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who holds a role on a workspace */
        get: operations["listWorkspaceMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/members/{principalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give a principal a role on a workspace (replaces its previous role) */
        put: operations["putWorkspaceMember"];
        post?: never;
        /** Remove a principal's role on a workspace; with `revokeTokens=true`, first end every active token they created in it and its sites */
        delete: operations["deleteWorkspaceMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{siteId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who holds a role on a site */
        get: operations["listSiteMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{siteId}/members/{principalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give a principal a role on a site (replaces its previous role) */
        put: operations["putSiteMember"];
        post?: never;
        /** Remove a principal's role on a site; with `revokeTokens=true`, first end every active token they created in it */
        delete: operations["deleteSiteMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who holds a role on a project */
        get: operations["listProjectMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/members/{principalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give a principal a role on a project (replaces its previous role) */
        put: operations["putProjectMember"];
        post?: never;
        /** Remove a principal's role on a project; with `revokeTokens=true`, first end every active token they created in it */
        delete: operations["deleteProjectMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the roles members of a workspace can hold: the four built-in ones (read-only), then its own */
        get: operations["listWorkspaceRoles"];
        put?: never;
        /** Define a role of a workspace: a name and permissions, none the caller does not hold there */
        post: operations["createWorkspaceRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a role of a workspace */
        get: operations["getWorkspaceRole"];
        put?: never;
        post?: never;
        /** Delete a role of a workspace that no member holds (409 role_in_use otherwise) */
        delete: operations["deleteWorkspaceRole"];
        options?: never;
        head?: never;
        /** Rename a role of a workspace or change its permissions (its members hold the new ones at once) */
        patch: operations["updateWorkspaceRole"];
        trace?: never;
    };
    "/v1/projects/{projectId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the roles members of a project can hold: the four built-in ones (read-only), then its own */
        get: operations["listProjectRoles"];
        put?: never;
        /** Define a role of a project: a name and permissions, none the caller does not hold there */
        post: operations["createProjectRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a role of a project */
        get: operations["getProjectRole"];
        put?: never;
        post?: never;
        /** Delete a role of a project that no member holds (409 role_in_use otherwise) */
        delete: operations["deleteProjectRole"];
        options?: never;
        head?: never;
        /** Rename a role of a project or change its permissions (its members hold the new ones at once) */
        patch: operations["updateProjectRole"];
        trace?: never;
    };
    "/v1/sites/{siteId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List site tokens, newest first */
        get: operations["listSiteTokens"];
        put?: never;
        /** Create a site token; the response is the only time its value is shown */
        post: operations["createSiteToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{siteId}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a site token */
        get: operations["getSiteToken"];
        put?: never;
        post?: never;
        /** Revoke a site token: it stops working within the revocation bound and stays listed as revoked */
        delete: operations["revokeSiteToken"];
        options?: never;
        head?: never;
        /** Rename or re-scope a site token */
        patch: operations["updateSiteToken"];
        trace?: never;
    };
    "/v1/sites/{siteId}/tokens/{tokenId}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new value for a site token, optionally keeping the old one valid for a grace period */
        post: operations["regenerateSiteToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{siteId}/tokens/revoke-by-creator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke every active site token one principal created (someone who left, or whose role changed); list them first with `?createdBy=` */
        post: operations["revokeSiteTokensByCreator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{siteId}/tokens/{tokenId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a site token's value again, where its workspace or project keeps values (`revealable` in its token policy); needs the `reveal` permission (admins), is audited and rate-limited */
        post: operations["revealSiteToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List workspace tokens, newest first */
        get: operations["listWorkspaceTokens"];
        put?: never;
        /** Create a workspace token; the response is the only time its value is shown */
        post: operations["createWorkspaceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a workspace token */
        get: operations["getWorkspaceToken"];
        put?: never;
        post?: never;
        /** Revoke a workspace token: it stops working within the revocation bound and stays listed as revoked */
        delete: operations["revokeWorkspaceToken"];
        options?: never;
        head?: never;
        /** Rename or re-scope a workspace token */
        patch: operations["updateWorkspaceToken"];
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/tokens/{tokenId}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answers 405 regenerate_not_supported: a workspace token cannot be regenerated; create a new one */
        post: operations["regenerateWorkspaceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/tokens/revoke-by-creator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke every active workspace token one principal created (someone who left, or whose role changed); list them first with `?createdBy=` */
        post: operations["revokeWorkspaceTokensByCreator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/tokens/{tokenId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a workspace token's value again, where its workspace or project keeps values (`revealable` in its token policy); needs the `reveal` permission (admins), is audited and rate-limited */
        post: operations["revealWorkspaceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{principalId}/admin-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List admin keys, newest first */
        get: operations["listAdminKeys"];
        put?: never;
        /** Create an admin key; the response is the only time its value is shown */
        post: operations["createAdminKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{principalId}/admin-keys/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an admin key */
        get: operations["getAdminKey"];
        put?: never;
        post?: never;
        /** Revoke an admin key: it stops working within the revocation bound and stays listed as revoked */
        delete: operations["revokeAdminKey"];
        options?: never;
        head?: never;
        /** Rename or re-scope an admin key */
        patch: operations["updateAdminKey"];
        trace?: never;
    };
    "/v1/projects/{projectId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List project tokens, newest first */
        get: operations["listProjectTokens"];
        put?: never;
        /** Create a project token; the response is the only time its value is shown */
        post: operations["createProjectToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a project token */
        get: operations["getProjectToken"];
        put?: never;
        post?: never;
        /** Delete a project token: it stops working within the revocation bound and is gone from lists; the audit log keeps the event */
        delete: operations["deleteProjectToken"];
        options?: never;
        head?: never;
        /** Rename or re-scope a project token */
        patch: operations["updateProjectToken"];
        trace?: never;
    };
    "/v1/projects/{projectId}/tokens/revoke-by-creator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete every active project token one principal created (someone who left, or whose role changed); list them first with `?createdBy=` */
        post: operations["revokeProjectTokensByCreator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/tokens/{tokenId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a project token's value again, where its workspace or project keeps values (`revealable` in its token policy); needs the `reveal` permission (admins), is audited and rate-limited */
        post: operations["revealProjectToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/tokens/{tokenId}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests made with a project token, newest first: user agent, IP, geo, query, outcome */
        get: operations["listProjectTokenLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens, newest first */
        get: operations["listApiTokens"];
        put?: never;
        /** Create an API token; the response is the only time its value is shown */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/api-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an API token */
        get: operations["getApiToken"];
        put?: never;
        post?: never;
        /** Delete an API token: it stops working within the revocation bound and is gone from lists; the audit log keeps the event */
        delete: operations["deleteApiToken"];
        options?: never;
        head?: never;
        /** Rename or re-scope an API token */
        patch: operations["updateApiToken"];
        trace?: never;
    };
    "/v1/projects/{projectId}/api-tokens/{tokenId}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new value for an API token, optionally keeping the old one valid for a grace period */
        post: operations["regenerateApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/api-tokens/revoke-by-creator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete every active API token one principal created (someone who left, or whose role changed); list them first with `?createdBy=` */
        post: operations["revokeApiTokensByCreator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/api-tokens/{tokenId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show an API token's value again, where its workspace or project keeps values (`revealable` in its token policy); needs the `reveal` permission (admins), is audited and rate-limited */
        post: operations["revealApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the projects you hold a role on */
        get: operations["listProjects"];
        put?: never;
        /** Create a project (instance owner); it starts with the `main` environment */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a project */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's audit log, newest first */
        get: operations["listProjectAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/environments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's environments, oldest (the default) first */
        get: operations["listEnvironments"];
        put?: never;
        /** Add an environment to a project */
        post: operations["createEnvironment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/environments/{environmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an environment no active project token uses (a project keeps at least one) */
        delete: operations["deleteEnvironment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/content-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's content types */
        get: operations["listContentTypes"];
        put?: never;
        /** Add a content type (API ids: name and pluralName) */
        post: operations["createContentType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/token-leaks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report exposed token values (no authentication, like GitHub’s credential revocation API); live ones are revoked at once */
        post: operations["reportLeakedTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/self/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A site token or an API token replaces its own value (`Authorization: Bearer <token>`); the old one keeps working for the grace period */
        post: operations["rotateSelf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/token-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a workspace treats its tokens (lifetime, scope and type limits, restrictions, reuse detection), and the active tokens that break it */
        get: operations["getWorkspaceTokenPolicy"];
        /** Replace a workspace's token policy (admins); answers the active tokens that break it */
        put: operations["putWorkspaceTokenPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/token-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a project treats its tokens (lifetime, scope and type limits, restrictions, reuse detection), and the active tokens that break it */
        get: operations["getProjectTokenPolicy"];
        /** Replace a project's token policy (admins); answers the active tokens that break it */
        put: operations["putProjectTokenPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a token (and optionally a request) for your own API; needs `verify` on the token's owner */
        post: operations["verifyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a workspace's webhook endpoints */
        get: operations["listWorkspaceWebhooks"];
        put?: never;
        /** Add a webhook endpoint to a workspace; its signing secret is shown once */
        post: operations["createWorkspaceWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWorkspaceWebhook"];
        put?: never;
        post?: never;
        /** Remove a webhook endpoint; its pending deliveries fail */
        delete: operations["deleteWorkspaceWebhook"];
        options?: never;
        head?: never;
        /** Change a webhook endpoint’s URL, events or description */
        patch: operations["updateWorkspaceWebhook"];
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a webhook endpoint’s signing secret; the new one is shown once */
        post: operations["rotateWorkspaceWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the endpoint a `webhook.test` delivery, signed and logged like any other; at most 5 a minute per endpoint */
        post: operations["testWorkspaceWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint’s deliveries, newest first: status, attempts, answers and timing */
        get: operations["listWorkspaceWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again, from its first attempt */
        post: operations["redeliverWorkspaceWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a project's webhook endpoints */
        get: operations["listProjectWebhooks"];
        put?: never;
        /** Add a webhook endpoint to a project; its signing secret is shown once */
        post: operations["createProjectWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getProjectWebhook"];
        put?: never;
        post?: never;
        /** Remove a webhook endpoint; its pending deliveries fail */
        delete: operations["deleteProjectWebhook"];
        options?: never;
        head?: never;
        /** Change a webhook endpoint’s URL, events or description */
        patch: operations["updateProjectWebhook"];
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a webhook endpoint’s signing secret; the new one is shown once */
        post: operations["rotateProjectWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the endpoint a `webhook.test` delivery, signed and logged like any other; at most 5 a minute per endpoint */
        post: operations["testProjectWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint’s deliveries, newest first: status, attempts, answers and timing */
        get: operations["listProjectWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again, from its first attempt */
        post: operations["redeliverProjectWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{tokenId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifications of a token per hour or day, by outcome code, and when it was last used */
        get: operations["getTokenUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{siteId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifications of a site’s tokens per hour or day, by outcome code */
        get: operations["getSiteUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifications of a workspace’s tokens per hour or day, by outcome code */
        get: operations["getWorkspaceUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifications of a project’s tokens per hour or day, by outcome code */
        get: operations["getProjectUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/identities/{identityId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifications of an identity’s tokens per hour or day, by outcome code */
        get: operations["getWorkspaceIdentityUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/identities/{identityId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifications of an identity’s tokens per hour or day, by outcome code */
        get: operations["getProjectIdentityUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a workspace's identities, newest first, or find one by its external id */
        get: operations["listWorkspaceIdentities"];
        put?: never;
        /** Create an identity in a workspace: someone its tokens belong to, with limits they share */
        post: operations["createWorkspaceIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/identities/{identityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an identity */
        get: operations["getWorkspaceIdentity"];
        put?: never;
        post?: never;
        /** Delete an identity that has no active tokens left */
        delete: operations["deleteWorkspaceIdentity"];
        options?: never;
        head?: never;
        /** Change an identity’s external id, metadata or shared limits; top up its credits */
        patch: operations["updateWorkspaceIdentity"];
        trace?: never;
    };
    "/v1/workspaces/{workspaceId}/identities/{identityId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tokens that belong to an identity, newest first, whatever their kind */
        get: operations["listWorkspaceIdentityTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a project's identities, newest first, or find one by its external id */
        get: operations["listProjectIdentities"];
        put?: never;
        /** Create an identity in a project: someone its tokens belong to, with limits they share */
        post: operations["createProjectIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/identities/{identityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an identity */
        get: operations["getProjectIdentity"];
        put?: never;
        post?: never;
        /** Delete an identity that has no active tokens left */
        delete: operations["deleteProjectIdentity"];
        options?: never;
        head?: never;
        /** Change an identity’s external id, metadata or shared limits; top up its credits */
        patch: operations["updateProjectIdentity"];
        trace?: never;
    };
    "/v1/projects/{projectId}/identities/{identityId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tokens that belong to an identity, newest first, whatever their kind */
        get: operations["listProjectIdentityTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            /**
             * @example validation_error
             * @enum {string}
             */
            code: "invalid_json" | "unauthorized" | "forbidden" | "plan_required" | "not_found" | "method_not_allowed" | "regenerate_not_supported" | "token_limit_reached" | "token_not_active" | "token_changed" | "conflict" | "already_exists" | "already_bootstrapped" | "last_admin" | "last_environment" | "environment_in_use" | "identity_has_tokens" | "role_in_use" | "external_id_taken" | "webhook_limit_reached" | "token_policy_changed" | "payload_too_large" | "unsupported_media_type" | "validation_error" | "scope_widening_not_allowed" | "token_policy_violation" | "rate_limited" | "self_rotation_too_frequent" | "internal_error" | "store_unavailable";
            message: string;
            details?: {
                path: string;
                message: string;
            }[];
            requestId: string;
        };
        Workspace: {
            id: string;
            name: string;
            /** @enum {string} */
            plan: "free" | "enterprise";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /** @description Permissions you hold on this resource (e.g. `tokens:read`); present when read by id */
            viewerPermissions?: string[];
        };
        CreateWorkspace: {
            /** @example Magrathea */
            name: string;
            /**
             * @default free
             * @enum {string}
             */
            plan: "free" | "enterprise";
        };
        AuditEvent: {
            id: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            at: string;
            scope: string;
            /** @enum {string} */
            action: "workspace.created" | "site.created" | "site.updated" | "site.published" | "project.created" | "environment.created" | "environment.deleted" | "content_type.created" | "member.added" | "member.removed" | "role.created" | "role.updated" | "role.deleted" | "principal.created" | "principal.updated" | "token.created" | "token.updated" | "token.regenerated" | "token.revoked" | "token.deleted" | "token.expired" | "token.expiring_soon" | "token.self_rotated" | "token.revealed" | "token.leaked" | "token.reuse_detected" | "token_policy.updated" | "credits.low" | "identity.created" | "identity.updated" | "identity.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rotated";
            target: {
                type: string;
                id: string;
                name?: string;
                kind?: string;
            };
            actor: {
                principalId?: string;
                keyId?: string;
                requestId?: string;
                sourceIp?: string;
                userAgent?: string;
            };
            changes?: string[];
            details?: {
                [key: string]: string;
            };
        };
        Site: {
            id: string;
            workspaceId: string;
            displayName: string;
            shortName: string;
            timeZone: string;
            previewUrl?: string;
            parentFolderId?: string;
            customDomains: {
                id: string;
                url: string;
            }[];
            locales?: {
                primary: {
                    id?: string;
                    cmsLocaleId?: string;
                    enabled: boolean;
                    displayName: string;
                    /** @default null */
                    displayImageId: string | null;
                    redirect?: boolean;
                    subdirectory: string;
                    /** @example en-US */
                    tag: string;
                };
                /** @default [] */
                secondary: {
                    id?: string;
                    cmsLocaleId?: string;
                    enabled: boolean;
                    displayName: string;
                    /** @default null */
                    displayImageId: string | null;
                    redirect?: boolean;
                    subdirectory: string;
                    /** @example en-US */
                    tag: string;
                }[];
            };
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdOn: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUpdated: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastPublished?: string;
            /** @description Permissions you hold on this resource (e.g. `tokens:read`); present when read by id */
            viewerPermissions?: string[];
        };
        CreateSite: {
            /** @example The Hitchhiker's Guide to the Galaxy */
            displayName: string;
            /** @example hitchhikers-guide */
            shortName: string;
            /** @example UTC */
            timeZone?: string;
            /** Format: uri */
            previewUrl?: string;
            parentFolderId?: string;
            /** @description Domain names; ids are assigned by Keyward. */
            customDomains?: string[];
            locales?: {
                primary: {
                    id?: string;
                    cmsLocaleId?: string;
                    enabled: boolean;
                    displayName: string;
                    /** @default null */
                    displayImageId: string | null;
                    redirect?: boolean;
                    subdirectory: string;
                    /** @example en-US */
                    tag: string;
                };
                /** @default [] */
                secondary: {
                    id?: string;
                    cmsLocaleId?: string;
                    enabled: boolean;
                    displayName: string;
                    /** @default null */
                    displayImageId: string | null;
                    redirect?: boolean;
                    subdirectory: string;
                    /** @example en-US */
                    tag: string;
                }[];
            };
        };
        UpdateSite: {
            /** @example The Hitchhiker's Guide to the Galaxy */
            displayName?: string;
            /** @example hitchhikers-guide */
            shortName?: string;
            /** @example UTC */
            timeZone?: string;
            /** Format: uri */
            previewUrl?: string;
            parentFolderId?: string;
            /** @description Domain names; ids are assigned by Keyward. */
            customDomains?: string[];
            locales?: {
                primary: {
                    id?: string;
                    cmsLocaleId?: string;
                    enabled: boolean;
                    displayName: string;
                    /** @default null */
                    displayImageId: string | null;
                    redirect?: boolean;
                    subdirectory: string;
                    /** @example en-US */
                    tag: string;
                };
                /** @default [] */
                secondary: {
                    id?: string;
                    cmsLocaleId?: string;
                    enabled: boolean;
                    displayName: string;
                    /** @default null */
                    displayImageId: string | null;
                    redirect?: boolean;
                    subdirectory: string;
                    /** @example en-US */
                    tag: string;
                }[];
            };
        };
        Principal: {
            id: string;
            name: string;
            /** @enum {string} */
            instanceRole?: "owner";
            email?: string;
            emailNotifications?: boolean;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy?: string;
        };
        CreatePrincipal: {
            /** @example ci-bot */
            name: string;
            /**
             * Format: email
             * @description Where expiry warnings are mailed (a daily digest of the tokens it created or administers).
             * @example ops@example.com
             */
            email?: string;
        };
        UpdateCurrentPrincipal: {
            /**
             * Format: email
             * @description Your address; `null` removes it.
             * @example ops@example.com
             */
            email?: string | null;
            /** @description `false` opts out of expiry emails (webhooks and the audit log still have them). */
            emailNotifications?: boolean;
        };
        Membership: {
            principalId: string;
            /** @enum {string} */
            resourceType: "workspace" | "site" | "project" | "environment" | "principal";
            resourceId: string;
            /** @description A built-in role’s name, or a custom role’s id. */
            role: string;
            /** @description Where a custom role is defined. */
            roleHolder?: {
                /** @enum {string} */
                type: "workspace" | "project";
                id: string;
            };
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
        };
        PutMember: {
            /** @description A built-in role’s name, or the id of a role of the workspace or project. */
            role: ("admin" | "token-manager" | "token-viewer" | "member") | string;
        };
        RevokedByCreator: {
            /** @description Ids of the tokens revoked (or deleted, for kinds whose delete removes). */
            revoked: string[];
        };
        Role: {
            /** @description A built-in role’s name, or a custom role’s id. */
            id: string;
            name: string;
            description: string | null;
            permissions: ("resource:read" | "resource:update" | "members:manage" | "audit:read" | "sites:create" | "verify" | "tokens:read" | "tokens:create" | "tokens:update" | "tokens:regenerate" | "tokens:revoke" | "tokens:reveal" | "workspace-tokens:read" | "workspace-tokens:create" | "workspace-tokens:update" | "workspace-tokens:regenerate" | "workspace-tokens:revoke" | "workspace-tokens:reveal" | "admin-keys:read" | "admin-keys:create" | "admin-keys:update" | "admin-keys:regenerate" | "admin-keys:revoke" | "admin-keys:reveal")[];
            /** @description Built-in roles are listed, not changed. */
            builtIn: boolean;
            /** @description Memberships that hold a custom role. */
            members: number | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string | null;
        };
        CreateRole: {
            name: string;
            description?: string;
            /** @description What the role allows: names from the closed list built-in roles are made of. */
            permissions: ("resource:read" | "resource:update" | "members:manage" | "audit:read" | "sites:create" | "verify" | "tokens:read" | "tokens:create" | "tokens:update" | "tokens:regenerate" | "tokens:revoke" | "tokens:reveal" | "workspace-tokens:read" | "workspace-tokens:create" | "workspace-tokens:update" | "workspace-tokens:regenerate" | "workspace-tokens:revoke" | "workspace-tokens:reveal" | "admin-keys:read" | "admin-keys:create" | "admin-keys:update" | "admin-keys:regenerate" | "admin-keys:revoke" | "admin-keys:reveal")[];
        };
        UpdateRole: {
            name?: string;
            description?: string | null;
            /** @description What the role allows: names from the closed list built-in roles are made of. */
            permissions?: ("resource:read" | "resource:update" | "members:manage" | "audit:read" | "sites:create" | "verify" | "tokens:read" | "tokens:create" | "tokens:update" | "tokens:regenerate" | "tokens:revoke" | "tokens:reveal" | "workspace-tokens:read" | "workspace-tokens:create" | "workspace-tokens:update" | "workspace-tokens:regenerate" | "workspace-tokens:revoke" | "workspace-tokens:reveal" | "admin-keys:read" | "admin-keys:create" | "admin-keys:update" | "admin-keys:regenerate" | "admin-keys:revoke" | "admin-keys:reveal")[];
        };
        Token: {
            /** @example 9f86d081884c7d659a2feaa0 */
            id: string;
            /** @enum {string} */
            kind: "site" | "workspace" | "delivery" | "api" | "admin";
            /** @enum {string} */
            ownerType: "site" | "workspace" | "environment" | "project" | "principal";
            ownerId: string;
            name: string;
            description: string | null;
            /** @description Public beginning of the token, for recognising it. */
            start: string;
            scopes: {
                [key: string]: "none" | "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt: string | null;
            /** @description The addresses it was last used from, newest first (at most five). */
            recentSources: {
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @description Expires at this time unless used before.
             * @example 2026-01-02T03:04:05.000Z
             */
            staleAt: string | null;
            /**
             * Format: date-time
             * @description Fixed end of life, if any.
             * @example 2026-01-02T03:04:05.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            revokedAt: string | null;
            rateLimit: components["schemas"]["RateLimit"];
            /** @description Its credits, if it has any. */
            credits: {
                remaining: number;
                refill: components["schemas"]["CreditRefill"];
            } | null;
            /** @description The identity it belongs to, if any. */
            identityId: string | null;
            /**
             * Format: date-time
             * @description When it was last regenerated or rotated itself.
             * @example 2026-01-02T03:04:05.000Z
             */
            rotatedAt: string | null;
            /** @description Principal id of who regenerated it last, or `self` for a self-rotation. */
            rotatedBy: string | null;
            /**
             * Format: date-time
             * @description When a leak report with its value revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            leakedAt: string | null;
            /**
             * Format: date-time
             * @description When a rotated-out value of it was presented, which revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            reuseDetectedAt: string | null;
        };
        /** @description At most `limit` allowed requests per fixed window of `windowSeconds`; more get 429. */
        RateLimit: {
            limit: number;
            windowSeconds: number;
        } | null;
        /** @description Sets the balance to `amount` at the start of every period. */
        CreditRefill: {
            amount: number;
            /** @enum {string} */
            interval: "daily" | "monthly";
            /** @description Monthly refills: the day of the month a period starts (1–28). @default 1 */
            dayOfMonth?: number;
        } | null;
        IssuedSiteToken: {
            /** @example 9f86d081884c7d659a2feaa0 */
            id: string;
            /** @enum {string} */
            kind: "site" | "workspace" | "delivery" | "api" | "admin";
            /** @enum {string} */
            ownerType: "site" | "workspace" | "environment" | "project" | "principal";
            ownerId: string;
            name: string;
            description: string | null;
            /** @description Public beginning of the token, for recognising it. */
            start: string;
            scopes: {
                [key: string]: "none" | "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt: string | null;
            /** @description The addresses it was last used from, newest first (at most five). */
            recentSources: {
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @description Expires at this time unless used before.
             * @example 2026-01-02T03:04:05.000Z
             */
            staleAt: string | null;
            /**
             * Format: date-time
             * @description Fixed end of life, if any.
             * @example 2026-01-02T03:04:05.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            revokedAt: string | null;
            rateLimit: components["schemas"]["RateLimit"];
            /** @description Its credits, if it has any. */
            credits: {
                remaining: number;
                refill: components["schemas"]["CreditRefill"];
            } | null;
            /** @description The identity it belongs to, if any. */
            identityId: string | null;
            /**
             * Format: date-time
             * @description When it was last regenerated or rotated itself.
             * @example 2026-01-02T03:04:05.000Z
             */
            rotatedAt: string | null;
            /** @description Principal id of who regenerated it last, or `self` for a self-rotation. */
            rotatedBy: string | null;
            /**
             * Format: date-time
             * @description When a leak report with its value revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            leakedAt: string | null;
            /**
             * Format: date-time
             * @description When a rotated-out value of it was presented, which revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            reuseDetectedAt: string | null;
            /** @description The token value. Shown once: store it now. */
            token: string;
        };
        CreateSiteToken: {
            /**
             * @description A descriptive name, e.g. "CI deploys".
             * @example CMS sync
             */
            name: string;
            description?: string;
            /** @description Access level per API: none | read | write. */
            scopes: {
                /** @enum {string} */
                sites?: "none" | "read" | "write";
                /** @enum {string} */
                pages?: "none" | "read" | "write";
                /** @enum {string} */
                cms?: "none" | "read" | "write";
                /** @enum {string} */
                forms?: "none" | "read" | "write";
                /** @enum {string} */
                assets?: "none" | "read" | "write";
                /** @enum {string} */
                ecommerce?: "none" | "read" | "write";
                /** @enum {string} */
                users?: "none" | "read" | "write";
                /** @enum {string} */
                site_activity?: "none" | "read" | "write";
                /** @enum {string} */
                localization?: "none" | "read" | "write";
                /** @enum {string} */
                components?: "none" | "read" | "write";
            };
            rateLimit?: components["schemas"]["RateLimit"];
            credits?: components["schemas"]["Credits"];
            /**
             * @description The identity the token belongs to; it shares that identity’s limits.
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            identityId?: string;
        };
        /** @description Allowed verifications left; each spends 1 or its route’s cost. At 0 verifications get USAGE_EXCEEDED. */
        Credits: {
            remaining: number;
            refill?: components["schemas"]["CreditRefill"];
        };
        UpdateSiteToken: {
            /**
             * @description A descriptive name, e.g. "CI deploys".
             * @example CMS sync
             */
            name?: string;
            description?: string | null;
            /** @description Access level per API: none | read | write. */
            scopes?: {
                /** @enum {string} */
                sites?: "none" | "read" | "write";
                /** @enum {string} */
                pages?: "none" | "read" | "write";
                /** @enum {string} */
                cms?: "none" | "read" | "write";
                /** @enum {string} */
                forms?: "none" | "read" | "write";
                /** @enum {string} */
                assets?: "none" | "read" | "write";
                /** @enum {string} */
                ecommerce?: "none" | "read" | "write";
                /** @enum {string} */
                users?: "none" | "read" | "write";
                /** @enum {string} */
                site_activity?: "none" | "read" | "write";
                /** @enum {string} */
                localization?: "none" | "read" | "write";
                /** @enum {string} */
                components?: "none" | "read" | "write";
            };
            rateLimit?: components["schemas"]["RateLimit"];
            credits?: components["schemas"]["Credits"] | components["schemas"]["CreditTopUp"] | null;
            /**
             * @description Moves the token to this identity; `null` takes it out of its identity.
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            identityId?: string | null;
        };
        CreditTopUp: {
            add: number;
        };
        RegenerateToken: {
            /**
             * @description Seconds the previous value keeps working (rolling rotation). 0 ends it now.
             * @default 0
             */
            gracePeriodSeconds: number;
        };
        RevokeByCreator: {
            /**
             * @description principal id
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            createdBy: string;
        };
        RevealedToken: {
            id: string;
            /** @description The token value, as it was issued. Answered with `no-store`. */
            token: string;
        };
        IssuedWorkspaceToken: {
            /** @example 9f86d081884c7d659a2feaa0 */
            id: string;
            /** @enum {string} */
            kind: "site" | "workspace" | "delivery" | "api" | "admin";
            /** @enum {string} */
            ownerType: "site" | "workspace" | "environment" | "project" | "principal";
            ownerId: string;
            name: string;
            description: string | null;
            /** @description Public beginning of the token, for recognising it. */
            start: string;
            scopes: {
                [key: string]: "none" | "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt: string | null;
            /** @description The addresses it was last used from, newest first (at most five). */
            recentSources: {
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @description Expires at this time unless used before.
             * @example 2026-01-02T03:04:05.000Z
             */
            staleAt: string | null;
            /**
             * Format: date-time
             * @description Fixed end of life, if any.
             * @example 2026-01-02T03:04:05.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            revokedAt: string | null;
            rateLimit: components["schemas"]["RateLimit"];
            /** @description Its credits, if it has any. */
            credits: {
                remaining: number;
                refill: components["schemas"]["CreditRefill"];
            } | null;
            /** @description The identity it belongs to, if any. */
            identityId: string | null;
            /**
             * Format: date-time
             * @description When it was last regenerated or rotated itself.
             * @example 2026-01-02T03:04:05.000Z
             */
            rotatedAt: string | null;
            /** @description Principal id of who regenerated it last, or `self` for a self-rotation. */
            rotatedBy: string | null;
            /**
             * Format: date-time
             * @description When a leak report with its value revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            leakedAt: string | null;
            /**
             * Format: date-time
             * @description When a rotated-out value of it was presented, which revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            reuseDetectedAt: string | null;
            /** @description The token value. Shown once: store it now. */
            token: string;
        };
        CreateWorkspaceToken: {
            /**
             * @description A descriptive name, e.g. "CI deploys".
             * @example CMS sync
             */
            name: string;
            description?: string;
            /** @description Access level per API: none | read. */
            scopes: {
                /** @enum {string} */
                workspace?: "none" | "read";
                /** @enum {string} */
                audit_logs?: "none" | "read";
            };
            rateLimit?: components["schemas"]["RateLimit"];
            credits?: components["schemas"]["Credits"];
            /**
             * @description The identity the token belongs to; it shares that identity’s limits.
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            identityId?: string;
        };
        UpdateWorkspaceToken: {
            /**
             * @description A descriptive name, e.g. "CI deploys".
             * @example CMS sync
             */
            name?: string;
            description?: string | null;
            /** @description Access level per API: none | read. */
            scopes?: {
                /** @enum {string} */
                workspace?: "none" | "read";
                /** @enum {string} */
                audit_logs?: "none" | "read";
            };
            rateLimit?: components["schemas"]["RateLimit"];
            credits?: components["schemas"]["Credits"] | components["schemas"]["CreditTopUp"] | null;
            /**
             * @description Moves the token to this identity; `null` takes it out of its identity.
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            identityId?: string | null;
        };
        IssuedAdminKey: {
            /** @example 9f86d081884c7d659a2feaa0 */
            id: string;
            /** @enum {string} */
            kind: "site" | "workspace" | "delivery" | "api" | "admin";
            /** @enum {string} */
            ownerType: "site" | "workspace" | "environment" | "project" | "principal";
            ownerId: string;
            name: string;
            description: string | null;
            /** @description Public beginning of the token, for recognising it. */
            start: string;
            scopes: {
                [key: string]: "none" | "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt: string | null;
            /** @description The addresses it was last used from, newest first (at most five). */
            recentSources: {
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @description Expires at this time unless used before.
             * @example 2026-01-02T03:04:05.000Z
             */
            staleAt: string | null;
            /**
             * Format: date-time
             * @description Fixed end of life, if any.
             * @example 2026-01-02T03:04:05.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            revokedAt: string | null;
            rateLimit: components["schemas"]["RateLimit"];
            /** @description Its credits, if it has any. */
            credits: {
                remaining: number;
                refill: components["schemas"]["CreditRefill"];
            } | null;
            /** @description The identity it belongs to, if any. */
            identityId: string | null;
            /**
             * Format: date-time
             * @description When it was last regenerated or rotated itself.
             * @example 2026-01-02T03:04:05.000Z
             */
            rotatedAt: string | null;
            /** @description Principal id of who regenerated it last, or `self` for a self-rotation. */
            rotatedBy: string | null;
            /**
             * Format: date-time
             * @description When a leak report with its value revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            leakedAt: string | null;
            /**
             * Format: date-time
             * @description When a rotated-out value of it was presented, which revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            reuseDetectedAt: string | null;
            /** @description The token value. Shown once: store it now. */
            token: string;
        };
        CreateAdminKey: {
            /**
             * @description A descriptive name, e.g. "CI deploys".
             * @example CMS sync
             */
            name: string;
            description?: string;
            /**
             * @description Days until the key expires; null for no expiry.
             * @default null
             */
            lifespanDays: number | null;
        };
        UpdateAdminKey: {
            /**
             * @description A descriptive name, e.g. "CI deploys".
             * @example CMS sync
             */
            name?: string;
            description?: string | null;
        };
        ProjectToken: {
            /** @example 9f86d081884c7d659a2feaa0 */
            id: string;
            /** @enum {string} */
            kind: "site" | "workspace" | "delivery" | "api" | "admin";
            /** @enum {string} */
            ownerType: "site" | "workspace" | "environment" | "project" | "principal";
            ownerId: string;
            name: string;
            description: string | null;
            /** @description Public beginning of the token, for recognising it. */
            start: string;
            scopes: {
                [key: string]: "none" | "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt: string | null;
            /** @description The addresses it was last used from, newest first (at most five). */
            recentSources: {
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @description Expires at this time unless used before.
             * @example 2026-01-02T03:04:05.000Z
             */
            staleAt: string | null;
            /**
             * Format: date-time
             * @description Fixed end of life, if any.
             * @example 2026-01-02T03:04:05.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            revokedAt: string | null;
            rateLimit: components["schemas"]["RateLimit"];
            /** @description Its credits, if it has any. */
            credits: {
                remaining: number;
                refill: components["schemas"]["CreditRefill"];
            } | null;
            /** @description The identity it belongs to, if any. */
            identityId: string | null;
            /**
             * Format: date-time
             * @description When it was last regenerated or rotated itself.
             * @example 2026-01-02T03:04:05.000Z
             */
            rotatedAt: string | null;
            /** @description Principal id of who regenerated it last, or `self` for a self-rotation. */
            rotatedBy: string | null;
            /**
             * Format: date-time
             * @description When a leak report with its value revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            leakedAt: string | null;
            /**
             * Format: date-time
             * @description When a rotated-out value of it was presented, which revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            reuseDetectedAt: string | null;
            title: string;
            environment: string | null;
            disabled: boolean;
            ipRestrictionsEnabled: boolean;
            ipValues: string[];
            secretKeyEnabled: boolean;
            requiredHeaders: {
                [key: string]: string;
            };
        };
        IssuedProjectToken: {
            /** @example 9f86d081884c7d659a2feaa0 */
            id: string;
            /** @enum {string} */
            kind: "site" | "workspace" | "delivery" | "api" | "admin";
            /** @enum {string} */
            ownerType: "site" | "workspace" | "environment" | "project" | "principal";
            ownerId: string;
            name: string;
            description: string | null;
            /** @description Public beginning of the token, for recognising it. */
            start: string;
            scopes: {
                [key: string]: "none" | "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt: string | null;
            /** @description The addresses it was last used from, newest first (at most five). */
            recentSources: {
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @description Expires at this time unless used before.
             * @example 2026-01-02T03:04:05.000Z
             */
            staleAt: string | null;
            /**
             * Format: date-time
             * @description Fixed end of life, if any.
             * @example 2026-01-02T03:04:05.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            revokedAt: string | null;
            rateLimit: components["schemas"]["RateLimit"];
            /** @description Its credits, if it has any. */
            credits: {
                remaining: number;
                refill: components["schemas"]["CreditRefill"];
            } | null;
            /** @description The identity it belongs to, if any. */
            identityId: string | null;
            /**
             * Format: date-time
             * @description When it was last regenerated or rotated itself.
             * @example 2026-01-02T03:04:05.000Z
             */
            rotatedAt: string | null;
            /** @description Principal id of who regenerated it last, or `self` for a self-rotation. */
            rotatedBy: string | null;
            /**
             * Format: date-time
             * @description When a leak report with its value revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            leakedAt: string | null;
            /**
             * Format: date-time
             * @description When a rotated-out value of it was presented, which revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            reuseDetectedAt: string | null;
            title: string;
            environment: string | null;
            disabled: boolean;
            ipRestrictionsEnabled: boolean;
            ipValues: string[];
            secretKeyEnabled: boolean;
            requiredHeaders: {
                [key: string]: string;
            };
            /** @description The token value. Shown once: store it now. */
            token: string;
        };
        CreateProjectToken: {
            /**
             * @description Name for your token
             * @example Production website
             */
            title: string;
            description?: string;
            /** @description Disable token from being used */
            disabled?: boolean;
            /**
             * @description The ID of the environment to associate with the token (default: the first environment)
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            environment?: string;
            ipRestrictionsEnabled?: boolean;
            /** @description IPv4/IPv6 addresses and CIDR ranges */
            ipValues?: string[];
            secretKeyEnabled?: boolean;
            /** @description Write-only; sent as `x-token-secret` */
            secretKey?: string;
            /** @description Headers every request must carry with exactly these values */
            requiredHeaders?: {
                [key: string]: string;
            };
            rateLimit?: components["schemas"]["RateLimit"];
            credits?: components["schemas"]["Credits"];
            /**
             * @description The identity the token belongs to; it shares that identity’s limits.
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            identityId?: string;
        };
        UpdateProjectToken: {
            /**
             * @description Name for your token
             * @example Production website
             */
            title?: string;
            description?: string;
            /** @description Disable token from being used */
            disabled?: boolean;
            /**
             * @description The ID of the environment to associate with the token (default: the first environment)
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            environment?: string;
            ipRestrictionsEnabled?: boolean;
            /** @description IPv4/IPv6 addresses and CIDR ranges */
            ipValues?: string[];
            secretKeyEnabled?: boolean;
            /** @description Write-only; sent as `x-token-secret` */
            secretKey?: string;
            /** @description Headers every request must carry with exactly these values */
            requiredHeaders?: {
                [key: string]: string;
            };
            rateLimit?: components["schemas"]["RateLimit"];
            credits?: components["schemas"]["Credits"] | components["schemas"]["CreditTopUp"] | null;
            /**
             * @description Moves the token to this identity; `null` takes it out of its identity.
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            identityId?: string | null;
        };
        RequestLogEntry: {
            id: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            at: string;
            method: string;
            path: string;
            query: string;
            /** @description At most 512 characters */
            userAgent: string | null;
            sourceIp: string | null;
            /** @description From a trusted geo source only (KEYWARD_GEO_SOURCE) */
            country: string | null;
            city: string | null;
            /** @description VALID, or why the request was refused (e.g. FORBIDDEN) */
            outcome: string;
            /** @description Refused requests of this token not logged since the previous logged refusal (refusals are logged at most once a second) */
            refusalsNotLogged?: number;
        };
        ApiToken: {
            /** @example 9f86d081884c7d659a2feaa0 */
            id: string;
            /** @enum {string} */
            kind: "site" | "workspace" | "delivery" | "api" | "admin";
            /** @enum {string} */
            ownerType: "site" | "workspace" | "environment" | "project" | "principal";
            ownerId: string;
            name: string;
            description: string | null;
            /** @description Public beginning of the token, for recognising it. */
            start: string;
            scopes: {
                [key: string]: "none" | "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt: string | null;
            /** @description The addresses it was last used from, newest first (at most five). */
            recentSources: {
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @description Expires at this time unless used before.
             * @example 2026-01-02T03:04:05.000Z
             */
            staleAt: string | null;
            /**
             * Format: date-time
             * @description Fixed end of life, if any.
             * @example 2026-01-02T03:04:05.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            revokedAt: string | null;
            rateLimit: components["schemas"]["RateLimit"];
            /** @description Its credits, if it has any. */
            credits: {
                remaining: number;
                refill: components["schemas"]["CreditRefill"];
            } | null;
            /** @description The identity it belongs to, if any. */
            identityId: string | null;
            /**
             * Format: date-time
             * @description When it was last regenerated or rotated itself.
             * @example 2026-01-02T03:04:05.000Z
             */
            rotatedAt: string | null;
            /** @description Principal id of who regenerated it last, or `self` for a self-rotation. */
            rotatedBy: string | null;
            /**
             * Format: date-time
             * @description When a leak report with its value revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            leakedAt: string | null;
            /**
             * Format: date-time
             * @description When a rotated-out value of it was presented, which revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            reuseDetectedAt: string | null;
            /** @enum {string} */
            type: "read-only" | "full-access" | "custom";
            permissions: {
                [key: string]: ("find" | "findOne" | "create" | "update" | "delete")[];
            };
            lifespan: number | null;
        };
        IssuedApiToken: {
            /** @example 9f86d081884c7d659a2feaa0 */
            id: string;
            /** @enum {string} */
            kind: "site" | "workspace" | "delivery" | "api" | "admin";
            /** @enum {string} */
            ownerType: "site" | "workspace" | "environment" | "project" | "principal";
            ownerId: string;
            name: string;
            description: string | null;
            /** @description Public beginning of the token, for recognising it. */
            start: string;
            scopes: {
                [key: string]: "none" | "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt: string | null;
            /** @description The addresses it was last used from, newest first (at most five). */
            recentSources: {
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @description Expires at this time unless used before.
             * @example 2026-01-02T03:04:05.000Z
             */
            staleAt: string | null;
            /**
             * Format: date-time
             * @description Fixed end of life, if any.
             * @example 2026-01-02T03:04:05.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            revokedAt: string | null;
            rateLimit: components["schemas"]["RateLimit"];
            /** @description Its credits, if it has any. */
            credits: {
                remaining: number;
                refill: components["schemas"]["CreditRefill"];
            } | null;
            /** @description The identity it belongs to, if any. */
            identityId: string | null;
            /**
             * Format: date-time
             * @description When it was last regenerated or rotated itself.
             * @example 2026-01-02T03:04:05.000Z
             */
            rotatedAt: string | null;
            /** @description Principal id of who regenerated it last, or `self` for a self-rotation. */
            rotatedBy: string | null;
            /**
             * Format: date-time
             * @description When a leak report with its value revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            leakedAt: string | null;
            /**
             * Format: date-time
             * @description When a rotated-out value of it was presented, which revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            reuseDetectedAt: string | null;
            /** @enum {string} */
            type: "read-only" | "full-access" | "custom";
            permissions: {
                [key: string]: ("find" | "findOne" | "create" | "update" | "delete")[];
            };
            lifespan: number | null;
            /** @description The token value. Shown once: store it now. */
            token: string;
        };
        CreateApiToken: {
            name: string;
            description?: string;
            /** @enum {string} */
            type: "read-only" | "full-access" | "custom";
            /**
             * @description Days the token lives: 7, 30, 90, or null for unlimited
             * @default null
             */
            lifespan: 7 | 30 | 90 | (null) | null;
            /** @description For custom tokens: actions per content type name, e.g. {"article": ["find", "findOne"]} */
            permissions?: {
                [key: string]: ("find" | "findOne" | "create" | "update" | "delete")[];
            };
            rateLimit?: components["schemas"]["RateLimit"];
            credits?: components["schemas"]["Credits"];
            /**
             * @description The identity the token belongs to; it shares that identity’s limits.
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            identityId?: string;
        };
        UpdateApiToken: {
            name?: string;
            description?: string | null;
            /** @enum {string} */
            type?: "read-only" | "full-access" | "custom";
            /** @description A new lifespan counts from now */
            lifespan?: 7 | 30 | 90 | (null) | null;
            /** @description For custom tokens: actions per content type name, e.g. {"article": ["find", "findOne"]} */
            permissions?: {
                [key: string]: ("find" | "findOne" | "create" | "update" | "delete")[];
            };
            rateLimit?: components["schemas"]["RateLimit"];
            credits?: components["schemas"]["Credits"] | components["schemas"]["CreditTopUp"] | null;
            /**
             * @description Moves the token to this identity; `null` takes it out of its identity.
             * @example 65a1f0c2e4b0a1b2c3d4e5f6
             */
            identityId?: string | null;
        };
        Project: {
            id: string;
            name: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /** @description Permissions you hold on this resource (e.g. `tokens:read`); present when read by id */
            viewerPermissions?: string[];
        };
        CreateProject: {
            /** @example Blog */
            name: string;
        };
        Environment: {
            id: string;
            projectId: string;
            name: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
        };
        CreateEnvironment: {
            /** @example staging */
            name: string;
        };
        ContentType: {
            name: string;
            pluralName: string;
            projectId: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
        };
        CreateContentType: {
            /** @example article */
            name: string;
            /** @example articles */
            pluralName: string;
        };
        LeakReportReceipt: {
            received: number;
            /** @description Values shaped like Keyward tokens with a valid checksum. */
            wellFormed: number;
            malformed: number;
        };
        LeakReport: {
            /** @description Token values found exposed, at most 1000 (more: 413). Values that are not Keyward tokens are counted as malformed. */
            tokens: string[];
            /**
             * @description Who found them.
             * @example gitleaks
             */
            source?: string;
            /** @description Where they were found. */
            url?: string;
        };
        IssuedToken: {
            /** @example 9f86d081884c7d659a2feaa0 */
            id: string;
            /** @enum {string} */
            kind: "site" | "workspace" | "delivery" | "api" | "admin";
            /** @enum {string} */
            ownerType: "site" | "workspace" | "environment" | "project" | "principal";
            ownerId: string;
            name: string;
            description: string | null;
            /** @description Public beginning of the token, for recognising it. */
            start: string;
            scopes: {
                [key: string]: "none" | "read" | "write";
            } | null;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt: string | null;
            /** @description The addresses it was last used from, newest first (at most five). */
            recentSources: {
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
            }[];
            /**
             * Format: date-time
             * @description Expires at this time unless used before.
             * @example 2026-01-02T03:04:05.000Z
             */
            staleAt: string | null;
            /**
             * Format: date-time
             * @description Fixed end of life, if any.
             * @example 2026-01-02T03:04:05.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            revokedAt: string | null;
            rateLimit: components["schemas"]["RateLimit"];
            /** @description Its credits, if it has any. */
            credits: {
                remaining: number;
                refill: components["schemas"]["CreditRefill"];
            } | null;
            /** @description The identity it belongs to, if any. */
            identityId: string | null;
            /**
             * Format: date-time
             * @description When it was last regenerated or rotated itself.
             * @example 2026-01-02T03:04:05.000Z
             */
            rotatedAt: string | null;
            /** @description Principal id of who regenerated it last, or `self` for a self-rotation. */
            rotatedBy: string | null;
            /**
             * Format: date-time
             * @description When a leak report with its value revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            leakedAt: string | null;
            /**
             * Format: date-time
             * @description When a rotated-out value of it was presented, which revoked it.
             * @example 2026-01-02T03:04:05.000Z
             */
            reuseDetectedAt: string | null;
            /** @description The token value. Shown once: store it now. */
            token: string;
        };
        RotateSelf: {
            /**
             * @description Seconds the presented value keeps working, so callers can switch over.
             * @default 300
             */
            gracePeriodSeconds: number;
        };
        TokenPolicy: {
            /** @enum {string} */
            scope: "workspace" | "project";
            id: string;
            reuseDetection: boolean;
            revealable: boolean;
            /** @description API tokens need a lifespan within it; site and workspace tokens get an end date within it. */
            maxLifetimeDays?: number;
            /** @description The most each API may be granted to site and workspace tokens (absent APIs: none). */
            scopeCeiling?: {
                /** @enum {string} */
                sites?: "none" | "read" | "write";
                /** @enum {string} */
                pages?: "none" | "read" | "write";
                /** @enum {string} */
                cms?: "none" | "read" | "write";
                /** @enum {string} */
                forms?: "none" | "read" | "write";
                /** @enum {string} */
                assets?: "none" | "read" | "write";
                /** @enum {string} */
                ecommerce?: "none" | "read" | "write";
                /** @enum {string} */
                users?: "none" | "read" | "write";
                /** @enum {string} */
                site_activity?: "none" | "read" | "write";
                /** @enum {string} */
                localization?: "none" | "read" | "write";
                /** @enum {string} */
                components?: "none" | "read" | "write";
                /** @enum {string} */
                workspace?: "none" | "read" | "write";
                /** @enum {string} */
                audit_logs?: "none" | "read" | "write";
            };
            /** @description The API token types that may be created. */
            apiTokenTypes?: ("read-only" | "full-access" | "custom")[];
            /** @description Project tokens must have IP restrictions on. */
            requireIpRestrictions?: boolean;
            /** @description The shortest secret key a project token may be given. */
            minSecretKeyLength?: number;
            /** @description Active tokens that break the policy: listed, never changed. */
            violations: {
                tokenId: string;
                name: string;
                kind: string;
                problems: {
                    path: string;
                    message: string;
                }[];
            }[];
        };
        /** @description The whole policy: rules left out are removed. */
        TokenPolicyInput: {
            /**
             * @description Revoke a token when a value it was rotated away from is presented more than 30 s after its grace period ended (sooner is late traffic, refused like an unknown value). Off unless turned on.
             * @default false
             */
            reuseDetection: boolean;
            /**
             * @description Keep new token values sealed so admins can see them again (`POST …/{tokenId}/reveal`). Turning it off deletes every kept value; values made while it is off are never kept.
             * @default false
             */
            revealable: boolean;
            /** @description API tokens need a lifespan within it; site and workspace tokens get an end date within it. */
            maxLifetimeDays?: number;
            /** @description The most each API may be granted to site and workspace tokens (absent APIs: none). */
            scopeCeiling?: {
                /** @enum {string} */
                sites?: "none" | "read" | "write";
                /** @enum {string} */
                pages?: "none" | "read" | "write";
                /** @enum {string} */
                cms?: "none" | "read" | "write";
                /** @enum {string} */
                forms?: "none" | "read" | "write";
                /** @enum {string} */
                assets?: "none" | "read" | "write";
                /** @enum {string} */
                ecommerce?: "none" | "read" | "write";
                /** @enum {string} */
                users?: "none" | "read" | "write";
                /** @enum {string} */
                site_activity?: "none" | "read" | "write";
                /** @enum {string} */
                localization?: "none" | "read" | "write";
                /** @enum {string} */
                components?: "none" | "read" | "write";
                /** @enum {string} */
                workspace?: "none" | "read" | "write";
                /** @enum {string} */
                audit_logs?: "none" | "read" | "write";
            };
            /** @description The API token types that may be created. */
            apiTokenTypes?: ("read-only" | "full-access" | "custom")[];
            /** @description Project tokens must have IP restrictions on. */
            requireIpRestrictions?: boolean;
            /** @description The shortest secret key a project token may be given. */
            minSecretKeyLength?: number;
        };
        VerificationResult: {
            valid: boolean;
            /** @enum {string} */
            code: "VALID" | "MALFORMED" | "NOT_FOUND" | "REVOKED" | "DISABLED" | "EXPIRED" | "FORBIDDEN" | "INSUFFICIENT_SCOPE" | "RATE_LIMITED" | "USAGE_EXCEEDED";
            /** @description Present once the token is identified (not for MALFORMED or NOT_FOUND). */
            token?: {
                id: string;
                /** @enum {string} */
                kind: "site" | "workspace" | "delivery" | "api" | "admin";
                /** @enum {string} */
                ownerType: "site" | "workspace" | "environment" | "project" | "principal";
                ownerId: string;
                workspaceId?: string;
                scopes: {
                    [key: string]: string;
                } | null;
                createdAt: string;
                lastUsedAt: string | null;
                expiresAt: string | null;
                staleAt: string | null;
            };
            /** @description For RATE_LIMITED: seconds until the rate limit window resets; for USAGE_EXCEEDED: until the credits refill. */
            retryAfterSeconds?: number;
            /** @description For a token with credits: what is left after this verification spent its cost. */
            creditsRemaining?: number;
            /** @description On a valid verification: the identity the token belongs to, if any. */
            identity?: {
                id: string;
                externalId: string;
                /** @description For an identity with credits: what is left after this verification spent its cost. */
                creditsRemaining?: number;
            };
        };
        VerifyRequest: {
            /** @description The token presented to your API. Never echoed back. */
            token: string;
            /**
             * @description With `path`: check the route policy too.
             * @enum {string}
             */
            method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";
            /** @example /v2/sites/65a1f0c2e4b0a1b2c3d4e5f6 */
            path?: string;
            /** @example 203.0.113.9 */
            sourceIp?: string;
            headers?: {
                [key: string]: string;
            };
        };
        Webhook: {
            id: string;
            url: string;
            events: string[];
            description: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
        };
        WebhookWithSecret: {
            id: string;
            url: string;
            events: string[];
            description: string | null;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
            /** @description The signing secret (`whsec_…`). Shown once: store it now. */
            secret: string;
        };
        CreateWebhook: {
            /**
             * @description Where deliveries are POSTed: public HTTPS.
             * @example https://hooks.example.com/keyward
             */
            url: string;
            /** @description The events this endpoint receives. */
            events: ("token.created" | "token.revoked" | "token.regenerated" | "token.expiring_soon" | "token.expired" | "token.leaked" | "token.reuse_detected" | "credits.low")[];
            description?: string;
        };
        UpdateWebhook: {
            /**
             * @description Where deliveries are POSTed: public HTTPS.
             * @example https://hooks.example.com/keyward
             */
            url?: string;
            /** @description The events this endpoint receives. */
            events?: ("token.created" | "token.revoked" | "token.regenerated" | "token.expiring_soon" | "token.expired" | "token.leaked" | "token.reuse_detected" | "credits.low")[];
            description?: string | null;
        };
        WebhookDelivery: {
            /** @description The event id, sent as `webhook-id` (receivers dedupe on it). */
            id: string;
            endpointId: string;
            type: string;
            /** @description The body as signed and sent. */
            payload: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: {
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                at: string;
                /** @description The receiver’s HTTP status. */
                status?: number;
                /** @description Why there was no answer (timeout, refused). */
                error?: string;
                durationMs: number;
            }[];
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            nextAttemptAt?: string;
        };
        Usage: {
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            to: string;
            /** @enum {string} */
            granularity: "hour" | "day";
            total: number;
            /** @description Verifications by outcome code (codes with none are left out). */
            totals: {
                VALID?: number;
                MALFORMED?: number;
                NOT_FOUND?: number;
                REVOKED?: number;
                DISABLED?: number;
                EXPIRED?: number;
                FORBIDDEN?: number;
                INSUFFICIENT_SCOPE?: number;
                RATE_LIMITED?: number;
                USAGE_EXCEEDED?: number;
            };
            buckets: {
                /**
                 * Format: date-time
                 * @example 2026-01-02T03:04:05.000Z
                 */
                start: string;
                total: number;
                /** @description Verifications by outcome code (codes with none are left out). */
                counts: {
                    VALID?: number;
                    MALFORMED?: number;
                    NOT_FOUND?: number;
                    REVOKED?: number;
                    DISABLED?: number;
                    EXPIRED?: number;
                    FORBIDDEN?: number;
                    INSUFFICIENT_SCOPE?: number;
                    RATE_LIMITED?: number;
                    USAGE_EXCEEDED?: number;
                };
            }[];
            /**
             * Format: date-time
             * @description For a token: when it was last allowed. Counts reach the store within a minute.
             * @example 2026-01-02T03:04:05.000Z
             */
            lastUsedAt?: string | null;
        };
        Identity: {
            id: string;
            externalId: string;
            meta: {
                [key: string]: unknown;
            };
            rateLimit: components["schemas"]["RateLimit"];
            credits: components["schemas"]["CreditBalance"];
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-01-02T03:04:05.000Z
             */
            updatedAt: string;
        };
        CreditBalance: {
            remaining: number;
            refill: components["schemas"]["CreditRefill"];
        } | null;
        CreateIdentity: {
            /**
             * @description Your own id for it (a customer id), unique in its workspace or project.
             * @example cus_42
             */
            externalId: string;
            /** @description Anything you want to keep with it (a plan, a name). */
            meta?: {
                [key: string]: unknown;
            };
            /** @description Shared by all its tokens. */
            rateLimit?: {
                limit: number;
                windowSeconds: number;
            };
            /** @description Shared by all its tokens. */
            credits?: {
                remaining: number;
                refill?: components["schemas"]["CreditRefill"];
            };
        };
        UpdateIdentity: {
            /**
             * @description Your own id for it (a customer id), unique in its workspace or project.
             * @example cus_42
             */
            externalId?: string;
            /** @description Anything you want to keep with it (a plan, a name). */
            meta?: {
                [key: string]: unknown;
            };
            rateLimit?: components["schemas"]["RateLimit"];
            credits?: components["schemas"]["Credits"] | components["schemas"]["CreditTopUp"] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1 document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workspaces */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Workspace"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkspace"];
            };
        };
        responses: {
            /** @description The workspace */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditLogs: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSites: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sites */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Site"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSite"];
            };
        };
        responses: {
            /** @description The site */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSite"];
            };
        };
        responses: {
            /** @description The site */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchPrincipals: {
        parameters: {
            query?: {
                /** @description Part of a name or id, case-insensitive. */
                query?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up to 50 principals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Principal"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrincipal"];
            };
        };
        responses: {
            /** @description The principal */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCurrentPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCurrentPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCurrentPrincipal"];
            };
        };
        responses: {
            /** @description The principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPrincipalAuditLogs: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Memberships */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Membership"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putWorkspaceMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMember"];
            };
        };
        responses: {
            /** @description The membership */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWorkspaceMember: {
        parameters: {
            query?: {
                /** @description Also end every active token the principal created there (`true`/`false`). */
                revokeTokens?: string;
            };
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed, with the tokens ended (`revokeTokens=true`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedByCreator"];
                };
            };
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSiteMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Memberships */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Membership"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSiteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMember"];
            };
        };
        responses: {
            /** @description The membership */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSiteMember: {
        parameters: {
            query?: {
                /** @description Also end every active token the principal created there (`true`/`false`). */
                revokeTokens?: string;
            };
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed, with the tokens ended (`revokeTokens=true`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedByCreator"];
                };
            };
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Memberships */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Membership"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMember"];
            };
        };
        responses: {
            /** @description The membership */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProjectMember: {
        parameters: {
            query?: {
                /** @description Also end every active token the principal created there (`true`/`false`). */
                revokeTokens?: string;
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed, with the tokens ended (`revokeTokens=true`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedByCreator"];
                };
            };
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Role"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkspaceRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRole"];
            };
        };
        responses: {
            /** @description The role */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspaceRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description role id */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWorkspaceRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description role id */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWorkspaceRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description role id */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRole"];
            };
        };
        responses: {
            /** @description The role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Role"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProjectRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRole"];
            };
        };
        responses: {
            /** @description The role */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description role id */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProjectRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description role id */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProjectRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description role id */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRole"];
            };
        };
        responses: {
            /** @description The role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSiteTokens: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only tokens whose name contains this, in any case. */
                name?: string;
                /** @description Only tokens in this status. */
                status?: "active" | "revoked" | "expired";
                /** @description Only tokens this principal created. */
                createdBy?: string;
                /** @description Only tokens created before this time. */
                createdBefore?: string;
                /** @description Only tokens created after this time. */
                createdAfter?: string;
                /** @description Only tokens last used before this time (never-used tokens do not match). */
                lastUsedBefore?: string;
                /** @description Only tokens last used after this time. */
                lastUsedAfter?: string;
                /** @description Only tokens not used for this many days (never-used ones counted from creation). */
                unusedForDays?: number;
            };
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of site tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Token"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSiteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSiteToken"];
            };
        };
        responses: {
            /** @description The new site token, with its value in `token` */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedSiteToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSiteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeSiteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked site token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSiteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSiteToken"];
            };
        };
        responses: {
            /** @description The updated site token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    regenerateSiteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegenerateToken"];
            };
        };
        responses: {
            /** @description The token with its new value in `token` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedSiteToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeSiteTokensByCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeByCreator"];
            };
        };
        responses: {
            /** @description What was ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedByCreator"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revealSiteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The value */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceTokens: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only tokens whose name contains this, in any case. */
                name?: string;
                /** @description Only tokens in this status. */
                status?: "active" | "revoked" | "expired";
                /** @description Only tokens this principal created. */
                createdBy?: string;
                /** @description Only tokens created before this time. */
                createdBefore?: string;
                /** @description Only tokens created after this time. */
                createdAfter?: string;
                /** @description Only tokens last used before this time (never-used tokens do not match). */
                lastUsedBefore?: string;
                /** @description Only tokens last used after this time. */
                lastUsedAfter?: string;
                /** @description Only tokens not used for this many days (never-used ones counted from creation). */
                unusedForDays?: number;
            };
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workspace tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Token"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkspaceToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkspaceToken"];
            };
        };
        responses: {
            /** @description The new workspace token, with its value in `token` */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedWorkspaceToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspaceToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeWorkspaceToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked workspace token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWorkspaceToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkspaceToken"];
            };
        };
        responses: {
            /** @description The updated workspace token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    regenerateWorkspaceToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegenerateToken"];
            };
        };
        responses: {
            /** @description The token with its new value in `token` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedWorkspaceToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeWorkspaceTokensByCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeByCreator"];
            };
        };
        responses: {
            /** @description What was ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedByCreator"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revealWorkspaceToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The value */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminKeys: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only tokens whose name contains this, in any case. */
                name?: string;
                /** @description Only tokens in this status. */
                status?: "active" | "revoked" | "expired";
                /** @description Only tokens this principal created. */
                createdBy?: string;
                /** @description Only tokens created before this time. */
                createdBefore?: string;
                /** @description Only tokens created after this time. */
                createdAfter?: string;
                /** @description Only tokens last used before this time (never-used tokens do not match). */
                lastUsedBefore?: string;
                /** @description Only tokens last used after this time. */
                lastUsedAfter?: string;
                /** @description Only tokens not used for this many days (never-used ones counted from creation). */
                unusedForDays?: number;
            };
            header?: never;
            path: {
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of admin keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Token"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAdminKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description principal id */
                principalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdminKey"];
            };
        };
        responses: {
            /** @description The new admin key, with its value in `token` */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedAdminKey"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description principal id */
                principalId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The admin key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeAdminKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description principal id */
                principalId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked admin key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAdminKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description principal id */
                principalId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdminKey"];
            };
        };
        responses: {
            /** @description The updated admin key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectTokens: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only tokens whose name contains this, in any case. */
                name?: string;
                /** @description Only tokens in this status. */
                status?: "active" | "revoked" | "expired";
                /** @description Only tokens this principal created. */
                createdBy?: string;
                /** @description Only tokens created before this time. */
                createdBefore?: string;
                /** @description Only tokens created after this time. */
                createdAfter?: string;
                /** @description Only tokens last used before this time (never-used tokens do not match). */
                lastUsedBefore?: string;
                /** @description Only tokens last used after this time. */
                lastUsedAfter?: string;
                /** @description Only tokens not used for this many days (never-used ones counted from creation). */
                unusedForDays?: number;
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of project tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProjectToken"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProjectToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectToken"];
            };
        };
        responses: {
            /** @description The new project token, with its value in `token` */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedProjectToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProjectToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project token is deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProjectToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectToken"];
            };
        };
        responses: {
            /** @description The updated project token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeProjectTokensByCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeByCreator"];
            };
        };
        responses: {
            /** @description What was ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedByCreator"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revealProjectToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The value */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectTokenLogs: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of request log entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RequestLogEntry"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only tokens whose name contains this, in any case. */
                name?: string;
                /** @description Only tokens in this status. */
                status?: "active" | "revoked" | "expired";
                /** @description Only tokens this principal created. */
                createdBy?: string;
                /** @description Only tokens created before this time. */
                createdBefore?: string;
                /** @description Only tokens created after this time. */
                createdAfter?: string;
                /** @description Only tokens last used before this time (never-used tokens do not match). */
                lastUsedBefore?: string;
                /** @description Only tokens last used after this time. */
                lastUsedAfter?: string;
                /** @description Only tokens not used for this many days (never-used ones counted from creation). */
                unusedForDays?: number;
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiToken"];
            };
        };
        responses: {
            /** @description The new API token, with its value in `token` */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API token is deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiToken"];
            };
        };
        responses: {
            /** @description The updated API token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    regenerateApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegenerateToken"];
            };
        };
        responses: {
            /** @description The token with its new value in `token` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiTokensByCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeByCreator"];
            };
        };
        responses: {
            /** @description What was ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedByCreator"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revealApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The value */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Projects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Project"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProject"];
            };
        };
        responses: {
            /** @description The project */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectAuditLogs: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEnvironments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Environments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Environment"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnvironment"];
            };
        };
        responses: {
            /** @description The environment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Environment"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description environment id */
                environmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContentTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Content types */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ContentType"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createContentType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContentType"];
            };
        };
        responses: {
            /** @description The content type */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentType"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportLeakedTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeakReport"];
            };
        };
        responses: {
            /** @description Accepted. The same answer for known, unknown and already revoked tokens. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeakReportReceipt"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateSelf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateSelf"];
            };
        };
        responses: {
            /** @description The token with its new value in `token` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedToken"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspaceTokenPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPolicy"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putWorkspaceTokenPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenPolicyInput"];
            };
        };
        responses: {
            /** @description The token policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPolicy"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectTokenPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPolicy"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProjectTokenPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenPolicyInput"];
            };
        };
        responses: {
            /** @description The token policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPolicy"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyRequest"];
            };
        };
        responses: {
            /** @description The verification outcome; denials are 200 with valid: false */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResult"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Webhook"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkspaceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description The endpoint, with its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspaceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWorkspaceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWorkspaceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhook"];
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateWorkspaceWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, with its new secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testWorkspaceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverWorkspaceWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description webhook id */
                webhookId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Webhook"][];
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProjectWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description The endpoint, with its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProjectWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProjectWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhook"];
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateProjectWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, with its new secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testProjectWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description webhook id */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverProjectWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description webhook id */
                webhookId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTokenUsage: {
        parameters: {
            query?: {
                /** @description Start (rounded down to the granularity). @default a day or 30 days before `to` */
                from?: string;
                /** @description End (rounded up to the granularity). @default now */
                to?: string;
                /** @description Bucket size. Ranges cover 90 days at most. */
                granularity?: "hour" | "day";
            };
            header?: never;
            path: {
                /** @description token id */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per bucket and in total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSiteUsage: {
        parameters: {
            query?: {
                /** @description Start (rounded down to the granularity). @default a day or 30 days before `to` */
                from?: string;
                /** @description End (rounded up to the granularity). @default now */
                to?: string;
                /** @description Bucket size. Ranges cover 90 days at most. */
                granularity?: "hour" | "day";
            };
            header?: never;
            path: {
                /** @description site id */
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per bucket and in total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspaceUsage: {
        parameters: {
            query?: {
                /** @description Start (rounded down to the granularity). @default a day or 30 days before `to` */
                from?: string;
                /** @description End (rounded up to the granularity). @default now */
                to?: string;
                /** @description Bucket size. Ranges cover 90 days at most. */
                granularity?: "hour" | "day";
            };
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per bucket and in total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectUsage: {
        parameters: {
            query?: {
                /** @description Start (rounded down to the granularity). @default a day or 30 days before `to` */
                from?: string;
                /** @description End (rounded up to the granularity). @default now */
                to?: string;
                /** @description Bucket size. Ranges cover 90 days at most. */
                granularity?: "hour" | "day";
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per bucket and in total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspaceIdentityUsage: {
        parameters: {
            query?: {
                /** @description Start (rounded down to the granularity). @default a day or 30 days before `to` */
                from?: string;
                /** @description End (rounded up to the granularity). @default now */
                to?: string;
                /** @description Bucket size. Ranges cover 90 days at most. */
                granularity?: "hour" | "day";
            };
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per bucket and in total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectIdentityUsage: {
        parameters: {
            query?: {
                /** @description Start (rounded down to the granularity). @default a day or 30 days before `to` */
                from?: string;
                /** @description End (rounded up to the granularity). @default now */
                to?: string;
                /** @description Bucket size. Ranges cover 90 days at most. */
                granularity?: "hour" | "day";
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per bucket and in total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceIdentities: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only the identity with this external id. */
                externalId?: string;
            };
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of identities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Identity"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkspaceIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentity"];
            };
        };
        responses: {
            /** @description The identity */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspaceIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWorkspaceIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWorkspaceIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIdentity"];
            };
        };
        responses: {
            /** @description The identity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkspaceIdentityTokens: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description workspace id */
                workspaceId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Token"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectIdentities: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only the identity with this external id. */
                externalId?: string;
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of identities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Identity"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProjectIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentity"];
            };
        };
        responses: {
            /** @description The identity */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProjectIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProjectIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProjectIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIdentity"];
            };
        };
        responses: {
            /** @description The identity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProjectIdentityTokens: {
        parameters: {
            query?: {
                /** @description Items per page (1–100). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description project id */
                projectId: string;
                /** @description identity id */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Token"][];
                        /** @description Present when more items exist. */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON body (`invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid admin key (`unauthorized`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The admin key lacks the permission (`forbidden`, `plan_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown resource, or one in another tenant (`not_found`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state (`token_limit_reached`, `token_not_active`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body larger than 64 KiB (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A field is invalid (`validation_error`, with `details`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The store is unavailable; retry after `Retry-After` seconds (`store_unavailable`) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
