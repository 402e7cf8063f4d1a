import type { TestApp } from './test-app.js';

export interface GraphqlResult<D = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: D | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
  };
}

/** A `gql` helper that POSTs one GraphQL request through `app.request`, as any client would. */
export function createGql(app: TestApp) {
  return async function gql<D = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { token, headers = {} }: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphqlResult<D>> {
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphqlResult<D>['body'] };
  };
}

/** The codes of a result's errors, in order. */
export const errorCodes = (result: GraphqlResult<unknown>): (string | undefined)[] =>
  (result.body.errors ?? []).map((error) => error.extensions?.code);
