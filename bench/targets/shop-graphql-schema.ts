import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { createShopResolvers } from '../../src/protocols/graphql/create-shop-resolvers.js';
import { loadShopTypeDefs } from '../../src/protocols/graphql/load-type-defs.js';

type ResolverMap = NonNullable<Parameters<typeof makeExecutableSchema>[0]['resolvers']>;

/** Our SDL file with our resolver map, as one schema any GraphQL server can execute. */
export const createShopSchema = (): GraphQLSchema =>
  makeExecutableSchema({ typeDefs: loadShopTypeDefs(), resolvers: createShopResolvers() as ResolverMap });
