import { connectionFields } from '../connections.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Every connection type resolves its four fields the same way. */
export const connectionResolvers = {
  ProductConnection: connectionFields,
  ReviewConnection: connectionFields,
  OrderConnection: connectionFields,
  CustomerConnection: connectionFields,
} satisfies Resolvers;
