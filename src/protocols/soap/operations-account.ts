import { z } from 'zod';
import { defineOperation } from './operation-types.js';
import { customerShape, pageShape } from './xml-shapes.js';
import { optional, xsdInt, xsdString } from './xsd-inputs.js';
import { demoLogin } from '../../domain/demo-accounts.js';
import { withoutUndefined } from '../../domain/objects.js';

/** Identity (sign up, log in, log out, who am I) and the admin's customer list. */
export const accountOperations = [
  defineOperation({
    name: 'Register',
    auth: 'public',
    input: z.strictObject({ email: xsdString, name: xsdString, password: xsdString }),
    output: { customer: customerShape },
    sample: { email: 'lin@example.com', name: 'Lin Example', password: 'correct horse battery' },
    run: async (services, _actor, args, { clientAddress }) => ({ customer: await services.customers.register(args, { clientAddress }) }),
  }),
  defineOperation({
    name: 'Login',
    auth: 'public',
    input: z.strictObject({ email: xsdString, password: xsdString }),
    output: { token: 'string', expiresAt: 'dateTime', customer: customerShape },
    sample: demoLogin('customer'),
    run: (services, _actor, { email, password }, { clientAddress }) => services.auth.login({ email, password, clientAddress }),
  }),
  defineOperation({
    name: 'Logout',
    auth: 'customer',
    input: z.strictObject({}),
    output: {},
    sample: {},
    run: (services, actor) => {
      services.auth.logout(actor);
      return {};
    },
  }),
  defineOperation({
    name: 'GetMe',
    auth: 'customer',
    input: z.strictObject({}),
    output: { customer: customerShape },
    sample: {},
    run: (services, actor) => ({ customer: services.customers.me(actor) }),
  }),
  defineOperation({
    name: 'ListCustomers',
    auth: 'admin',
    input: z.strictObject({ limit: optional(xsdInt), offset: optional(xsdInt) }),
    output: pageShape(customerShape),
    sample: { limit: 10, offset: 0 },
    run: (services, actor, page) => services.customers.listCustomers(actor, withoutUndefined(page)),
  }),
  defineOperation({
    name: 'GetCustomer',
    auth: 'customer',
    input: z.strictObject({ id: xsdInt }),
    output: { customer: customerShape },
    sample: { id: 1 },
    run: (services, actor, { id }) => ({ customer: services.customers.getCustomer(actor, id) }),
  }),
];
