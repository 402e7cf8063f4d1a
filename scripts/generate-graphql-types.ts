import { generate } from '@graphql-codegen/cli';
import config, { graphqlServerTypesPath } from '../codegen.server.js';

/** The resolver types as codegen would write them now (nothing written): for the drift test. */
export async function renderGraphqlServerTypes(): Promise<string> {
  const [file] = await generate(config, false);
  if (!file || !file.filename.endsWith(graphqlServerTypesPath)) throw new Error('codegen produced no resolver types');
  return file.content;
}

/** Regenerates src/protocols/graphql/generated/resolvers-types.ts from schemas/shop.graphql. */
export async function generateGraphqlServerTypes(): Promise<void> {
  await generate(config, true);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await generateGraphqlServerTypes();
}
