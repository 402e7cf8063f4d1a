import Fastify from 'fastify';
import mercurius from 'mercurius';
import { maskShopError } from '../../src/protocols/graphql/error-table.js';
import { createGraphqlContext } from '../../src/protocols/graphql/graphql-context.js';
import { createSeededShop } from '../seeded-shop.js';
import { announcePort } from './announce-port.js';
import { actorFromAuthorization } from './peer-actor.js';
import { createShopSchema } from './shop-graphql-schema.js';

/** Mercurius on Fastify with graphql-jit (a query is compiled on its first use), on our schema and services. */
const shop = createSeededShop();
const app = Fastify({ logger: false });
await app.register(mercurius, {
  schema: createShopSchema(),
  path: '/graphql',
  jit: 1,
  // The same error contract as ours: ShopErrors keep their code, the rest is masked.
  errorFormatter: (execution, context) =>
    mercurius.defaultErrorFormatter({ ...execution, errors: execution.errors?.map((error) => maskShopError(error)) }, context),
  context: (request) =>
    createGraphqlContext({
      services: shop.services,
      actor: () => actorFromAuthorization(request.headers.authorization, shop.services),
      clientAddress: request.ip,
    }),
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
announcePort(typeof address === 'object' && address !== null ? address.port : 0, async () => {
  await app.close();
  shop.close();
});
