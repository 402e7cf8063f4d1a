import { generate } from '@graphql-codegen/cli';
import config, { graphqlClientOutputDir } from '../../codegen.client.js';

export { graphqlClientOutputDir };

/** The typed GraphQL client files as codegen would write them now (path from the repo root → text). */
export async function renderGraphqlClient(): Promise<Map<string, string>> {
  const files: { filename: string; content: string }[] = await generate(config, false);
  return new Map(files.map((file) => [file.filename, file.content]));
}

/** Regenerates clients/graphql/generated/ from schemas/shop.graphql and clients/graphql/operations/. */
export async function generateGraphqlClient(): Promise<void> {
  await generate(config, true);
}
