import { expect } from 'vitest';

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** A request with a JSON body. */
export const sendJson = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const problemOf = async (response: Response) => {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance: string;
    code: string;
    errors: { path: string; message: string }[];
    requestId: string;
  };
};
