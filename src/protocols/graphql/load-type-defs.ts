import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The committed contract a learner can open: the server runs exactly this file. */
export const shopSchemaPath = fileURLToPath(new URL('../../../schemas/shop.graphql', import.meta.url));

export const loadShopTypeDefs = (): string => readFileSync(shopSchemaPath, 'utf8');
