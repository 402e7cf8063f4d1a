import type { DocumentNode, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Parsed documents by their text, the oldest forgotten past `max`. yoga's default cache also
 * expires entries after an hour, which costs a clock read on every lookup.
 */
export function createDocumentCache(max = 1024) {
  const documents = new Map<string, DocumentNode>();
  return {
    get: (text: string) => documents.get(text),
    set(text: string, document: DocumentNode) {
      if (documents.size >= max) documents.delete(documents.keys().next().value as string);
      documents.set(text, document);
    },
  };
}

/**
 * Validation results by document: the parse cache hands back the same document for the same
 * text, and this server's schema and rules never change, so a document is validated once.
 * (yoga's own validation cache keys by the names of all 30-odd rules, joined on every request.)
 * Must come after the plugins that add rules or rewrite errors, so it keeps their result.
 */
export function useValidationCache(): Plugin {
  const results = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return {
    onValidate({ params, setResult }) {
      const known = results.get(params.documentAST);
      if (known) {
        setResult(known);
        return undefined;
      }
      return ({ result }) => {
        results.set(params.documentAST, result as readonly GraphQLError[]);
      };
    },
  };
}
