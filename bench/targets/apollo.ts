import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGraphqlContext, type ShopContext } from '../../src/protocols/graphql/graphql-context.js';
import { maskShopError } from '../../src/protocols/graphql/error-table.js';
import { createSeededShop } from '../seeded-shop.js';
import { announcePort } from './announce-port.js';
import { actorFromAuthorization } from './peer-actor.js';
import { createShopSchema } from './shop-graphql-schema.js';

/** Apollo Server 5 as its docs start it (standalone), on our SDL, resolvers, context and services. */
const shop = createSeededShop();
const server = new ApolloServer<ShopContext>({
  schema: createShopSchema(),
  // The same error contract as ours: ShopErrors keep their code, the rest is masked.
  formatError: (_formatted, error) => maskShopError(error).toJSON(),
});
const { url } = await startStandaloneServer(server, {
  listen: { port: 0, host: '127.0.0.1' },
  context: async ({ req }) =>
    createGraphqlContext({
      services: shop.services,
      actor: () => actorFromAuthorization(req.headers.authorization, shop.services),
      clientAddress: req.socket.remoteAddress ?? 'unknown',
    }),
});
announcePort(Number(new URL(url).port), async () => {
  await server.stop();
  shop.close();
});
