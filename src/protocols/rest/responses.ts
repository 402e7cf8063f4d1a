import { z } from '@hono/zod-openapi';
import { ProblemSchema } from './entity-schemas.js';
import type { ProblemStatus } from './error-status.js';
import { problemMediaType } from './problem.js';

/** Building blocks for the route contracts' `responses`, so every route documents alike. */

const header = (description: string, example?: string) => z.string().openapi({ description, example });

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonWithEtag = <T extends z.ZodType>(schema: T, description: string) => ({
  ...json(schema, description),
  headers: z.object({ ETag: header('Weak validator of this representation; send it back as `If-None-Match`.', 'W/"Yx9c1Q"') }),
});

export const listOf = <T extends z.ZodType>(schema: T, description: string) => ({
  ...json(schema, description),
  headers: z.object({
    ETag: header('Weak validator of this page; send it back as `If-None-Match`.'),
    'X-Total-Count': header('Items matching, across all pages.', '50'),
    Link: header('RFC 8288 links to the first, prev, next and last pages.', '</rest/products?offset=20&limit=20>; rel="next"'),
  }),
});

export const created = <T extends z.ZodType>(schema: T, description: string, location: string) => ({
  ...json(schema, description),
  headers: z.object({ Location: header('Where the new resource lives.', location) }),
});

export const notModified = { description: 'Not modified: the `If-None-Match` validator is still current (no body).' };
export const noContent = (description: string) => ({ description });

const defaultProblemText: Record<ProblemStatus, string> = {
  400: 'The body is not valid JSON.',
  401: 'Missing, invalid or expired credentials. Log in and send `Authorization: Bearer <token>`.',
  403: 'Signed in but not allowed (admins only), or a cookie-authenticated write from another site.',
  404: 'No such resource (or not yours to see).',
  405: 'The path exists, but not with this method (see `Allow`).',
  406: 'The `Accept` header names no type this API serves: it answers `application/json` (errors: `application/problem+json`).',
  409: 'Conflicts with the current state.',
  413: 'The body is larger than 1 MiB.',
  415: 'The body is not `application/json`.',
  422: 'Invalid input: `errors` lists each field (unknown fields are refused too).',
  429: 'Too many requests; wait for `Retry-After` seconds.',
  500: 'Something broke on the server; quote `requestId` when reporting it.',
};

const problemHeaders: Partial<Record<ProblemStatus, z.ZodObject>> = {
  401: z.object({ 'WWW-Authenticate': header('The scheme to use.', 'Bearer realm="api-playground"') }),
  429: z.object({ 'Retry-After': header('Seconds to wait before trying again.', '60') }),
};

type ProblemEntry = ProblemStatus | readonly [ProblemStatus, string];

/** Problem+json responses for the given statuses (with an optional route-specific description); 406 and 500 always. */
export function problems(...entries: ProblemEntry[]) {
  const responses: Record<number, { description: string; content: { [problemMediaType]: { schema: typeof ProblemSchema } }; headers?: z.ZodObject }> = {};
  for (const entry of [...entries, 406 as const, 500 as const]) {
    const [status, description] = typeof entry === 'number' ? [entry, defaultProblemText[entry]] : entry;
    const headers = problemHeaders[status];
    responses[status] = { description, content: { [problemMediaType]: { schema: ProblemSchema } }, ...(headers ? { headers } : {}) };
  }
  return responses;
}

/** What any JSON body can be refused for, before the service sees it. */
export const bodyProblems: ProblemEntry[] = [400, 413, 415, 422];

/**
 * Routes that need a session: the browser's session cookie, or a Bearer token. The cookie is
 * listed first because Scalar's Try-it uses the first scheme: listed first, bearer made it send
 * an empty `Authorization: Bearer` that hid the cookie of a login made in the console.
 */
export const signedIn: Record<string, string[]>[] = [{ sessionCookie: [] }, { bearerAuth: [] }];

/** Routes anyone may call: credentials sent along are not looked at (see the README's policy table). */
export const anyone: Record<string, string[]>[] = [];

/** OpenAPI links: how a client gets from this answer to the matching read (create → read, list → read). */
export const linkTo = (operationId: string, description: string, parameters: Record<string, string>) => ({
  operationId,
  description,
  parameters,
});
