import { createRoute, z } from '@hono/zod-openapi';
import { CustomerSchema, LoginResultSchema } from './entity-schemas.js';
import { LoginInputSchema, RegisterInputSchema } from './request-schemas.js';
import { anyone, bodyProblems, created, json, jsonWithEtag, linkTo, noContent, notModified, problems, signedIn } from './responses.js';

const tags = ['Account'];

export const register = createRoute({
  method: 'post',
  path: '/rest/auth/register',
  operationId: 'register',
  summary: 'Sign up',
  description: 'Creates a customer account. Log in afterwards to get a token.',
  tags,
  security: anyone,
  request: { body: { required: true, content: { 'application/json': { schema: RegisterInputSchema } } } },
  responses: {
    201: {
      ...created(CustomerSchema, 'The new customer.', '/rest/customers/22'),
      links: { getCustomer: linkTo('getCustomer', 'Read the new account (once logged in as it).', { id: '$response.body#/id' }) },
    },
    ...problems(...bodyProblems, [409, 'An account with this email already exists.'], [429, 'Too many sign-ups from your address; wait for `Retry-After` seconds.']),
  },
});

export const login = createRoute({
  method: 'post',
  path: '/rest/auth/login',
  operationId: 'login',
  summary: 'Log in',
  description:
    'Starts a session. Send the returned `token` as `Authorization: Bearer <token>`; browsers also get it as the ' +
    '`shop_session` session cookie (HttpOnly, SameSite=Lax, no `Expires`: the browser drops it when it closes). ' +
    'The session ends after 30 minutes unused (`expiresAt`, moved on by every request) and at the latest 12 hours after ' +
    'login (`sessionEndsAt`). Credentials sent along are ignored. Repeated failures are rate-limited per account and per address.',
  tags,
  security: anyone,
  request: { body: { required: true, content: { 'application/json': { schema: LoginInputSchema } } } },
  responses: {
    200: {
      ...json(LoginResultSchema, 'Logged in.'),
      headers: z.object({
        'Set-Cookie': z.string().openapi({
          description: 'The session cookie for browsers: no `Expires`, so it lasts until the browser closes (`Secure` too when served over HTTPS).',
          example: 'shop_session=q3Yc…; Path=/; HttpOnly; SameSite=Lax',
        }),
      }),
    },
    ...problems(...bodyProblems, [401, 'Email or password is wrong.'], 429),
  },
});

export const logout = createRoute({
  method: 'post',
  path: '/rest/auth/logout',
  operationId: 'logout',
  summary: 'Log out',
  description: 'Ends the session: the token and the cookie stop working at once.',
  tags,
  security: signedIn,
  responses: {
    204: noContent('Logged out; the session cookie is cleared.'),
    ...problems(401, 403),
  },
});

export const getMe = createRoute({
  method: 'get',
  path: '/rest/me',
  operationId: 'getMe',
  summary: 'Who am I',
  description: 'The signed-in customer.',
  tags,
  security: signedIn,
  responses: {
    200: {
      ...jsonWithEtag(CustomerSchema, 'The signed-in customer.'),
      links: { getCustomer: linkTo('getCustomer', 'The same account as a customer resource.', { id: '$response.body#/id' }) },
    },
    304: notModified,
    ...problems(401),
  },
});
