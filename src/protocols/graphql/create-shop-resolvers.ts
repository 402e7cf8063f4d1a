import type { Resolvers } from './generated/resolvers-types.js';
import { accountResolvers } from './resolvers/account-resolvers.js';
import { catalogResolvers } from './resolvers/catalog-resolvers.js';
import { connectionResolvers } from './resolvers/connection-resolvers.js';
import { orderResolvers } from './resolvers/order-resolvers.js';
import { dateTimeScalar } from './resolvers/scalar-resolvers.js';

/**
 * The whole resolver map, plain enough for any GraphQL server (yoga here; Apollo Server and
 * Mercurius in the benchmark) to run with the same SDL and `createGraphqlContext`.
 */
export function createShopResolvers(): Resolvers {
  return {
    DateTime: dateTimeScalar,
    Query: { ...catalogResolvers.Query, ...accountResolvers.Query, ...orderResolvers.Query },
    Mutation: { ...catalogResolvers.Mutation, ...accountResolvers.Mutation, ...orderResolvers.Mutation },
    Subscription: orderResolvers.Subscription,
    Category: catalogResolvers.Category,
    Product: catalogResolvers.Product,
    Review: catalogResolvers.Review,
    Customer: accountResolvers.Customer,
    OrderItem: orderResolvers.OrderItem,
    CartItem: orderResolvers.CartItem,
    ...connectionResolvers,
  };
}
