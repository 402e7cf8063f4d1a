import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed GraphQL client: one TypedDocumentNode per operation in clients/graphql/operations,
 * its result and variables typed from schemas/shop.graphql (client preset).
 */
export const graphqlClientOutputDir = 'clients/graphql/generated/';

const config: CodegenConfig = {
  schema: 'schemas/shop.graphql',
  documents: ['clients/graphql/operations/*.graphql'],
  silent: true,
  // NodeNext ESM: relative imports need their extension (STACK.md).
  importExtension: '.js',
  generates: {
    [graphqlClientOutputDir]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
