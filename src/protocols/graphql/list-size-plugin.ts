import { BREAK, getOperationAST, Kind, visit, type ASTVisitor, type DocumentNode, type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { queryTooComplexCode } from './error-table.js';
import { estimateListSize } from './list-size-estimate.js';

function tooManyObjects(objects: number, maxObjects: number, operation: OperationDefinitionNode, http?: { spec: boolean; status: number }) {
  const size = objects > maxObjects * 10 ? `more than ${maxObjects * 10}` : `about ${Math.round(objects)}`;
  // yoga's own error class: graphql may be loaded twice (CJS and ESM), and yoga strips `http` only from its own.
  return createGraphQLError(
    `Query refused: it could return ${size} objects; the limit is ${maxObjects}. Ask for smaller pages (first) or fewer nested lists.`,
    { nodes: [operation], extensions: { code: queryTooComplexCode, ...(http ? { http } : {}) } },
  );
}

/** Validation: every variable page at its smallest, so what fails here fails for any variables (and is cached with the document). */
function createListSizeRule(maxObjects: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const objects = estimateListSize({ schema: context.getSchema(), document: context.getDocument(), operation });
      if (objects > maxObjects) context.reportError(tooManyObjects(objects, maxObjects, operation));
    },
  });
}

/** Whether any `first` takes a variable: else the estimate is validation's, which the document passed. */
function createVariablePagesCheck() {
  const known = new WeakMap<DocumentNode, boolean>();
  return (document: DocumentNode): boolean => {
    let found = known.get(document);
    if (found === undefined) {
      found = false;
      visit(document, {
        Argument(argument) {
          if (argument.name.value !== 'first' || argument.value.kind !== Kind.VARIABLE) return undefined;
          found = true;
          return BREAK;
        },
      });
      known.set(document, found);
    }
    return found;
  };
}

/** Execution: the pages the variables actually ask for. Nothing when the operation fits or cannot run (execution reports that). */
function refusal(args: ExecutionArgs, maxObjects: number): ExecutionResult | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return undefined;
  const objects = estimateListSize({ ...args, operation, variableValues: args.variableValues ?? null });
  // The 400 yoga gives a validation error (`spec`: application/json keeps its 200): nothing ran.
  return objects > maxObjects ? { errors: [tooManyObjects(objects, maxObjects, operation, { spec: true, status: 400 })] } : undefined;
}

/**
 * Refuses an operation whose pages would multiply into more than `maxObjects` objects, before
 * any resolver runs. Validation alone cannot price `first: $count`; it would have to assume the
 * largest page and refuse ordinary paged queries, so the exact check waits for the variables.
 */
export function useListSizeLimit(maxObjects: number): Plugin {
  const readsVariablePages = createVariablePagesCheck();
  return {
    onValidate: ({ addValidationRule }) => addValidationRule(createListSizeRule(maxObjects)),
    onExecute({ args, setResultAndStopExecution }) {
      if (!readsVariablePages(args.document)) return;
      const refused = refusal(args, maxObjects);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      if (!readsVariablePages(args.document)) return;
      const refused = refusal(args, maxObjects);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
