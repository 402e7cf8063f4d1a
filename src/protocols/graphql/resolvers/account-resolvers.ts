import { sessionCookieHeader } from '../../../http/session-cookie.js';
import { fromPage, renamePagingFields, toPageRequest } from '../connections.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { sortOf, withoutNulls } from '../input-helpers.js';
import { parseId } from '../parse-id.js';

export const accountResolvers = {
  Query: {
    me: (_root, _args, { services, getActor }) => services.customers.me(getActor()),
    customers: (_root, args, { services, getActor }) =>
      fromPage(renamePagingFields(() => services.customers.listCustomers(getActor(), toPageRequest(args)))),
    customer: (_root, { id }, { services, getActor }) => services.customers.getCustomer(getActor(), parseId(id, 'id')),
  },
  Mutation: {
    register: (_root, { input }, { services, clientAddress }) => services.customers.register(input, { clientAddress }),
    login: async (_root, { email, password }, context) => {
      const session = await context.services.auth.login({ email, password, clientAddress: context.clientAddress });
      context.responseCookies.push(sessionCookieHeader(session.token, context.secureCookies, context.shopPrefix));
      return session;
    },
    logout: (_root, _args, context) => {
      // Cleared even when the session is already gone, so a stale cookie does not linger.
      context.responseCookies.push(sessionCookieHeader(null, context.secureCookies, context.shopPrefix));
      context.services.auth.logout(context.getActor());
      return true;
    },
  },
  Customer: {
    orders: (customer, args, { services, getActor }) =>
      fromPage(
        renamePagingFields(() =>
          services.orders.listOrders(getActor(), {
            filter: { ...(args.filter ? withoutNulls(args.filter) : {}), customerId: customer.id },
            sort: sortOf(args.sort),
            ...toPageRequest(args),
          }),
        ),
      ),
  },
} satisfies Resolvers;
