import { getOperationAST, Kind, visit, type ASTVisitor, type DocumentNode, type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode, type ValidationContext } from 'graphql';
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

/** The variables that set a page size (`first: $n`) anywhere in the document. */
function variablePageSizes(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (argument.name.value === 'first' && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names];
}

/** Estimates remembered per document, for this many combinations of page-size values each. */
const rememberedPerDocument = 64;

/**
 * Execution: the pages the variables actually ask for. A document without variable page sizes
 * was priced exactly by validation, which it passed; for the others the estimate depends only
 * on the operation and those variables' values, so it is remembered by them.
 */
function createExecutionPricer() {
  const documents = new WeakMap<DocumentNode, { pageVariables: string[]; estimates: Map<string, number> }>();
  return (args: ExecutionArgs, operation: OperationDefinitionNode): number | undefined => {
    let known = documents.get(args.document);
    if (!known) {
      known = { pageVariables: variablePageSizes(args.document), estimates: new Map() };
      documents.set(args.document, known);
    }
    if (known.pageVariables.length === 0) return undefined;
    const values = known.pageVariables.map((name) => args.variableValues?.[name]);
    // Only plain page sizes make a key; anything else is refused by execution anyway, priced afresh.
    const key = values.every((value) => value === undefined || value === null || typeof value === 'number')
      ? `${operation.name?.value ?? ''}:${values.map((value) => (value === undefined ? 'u' : String(value))).join(',')}`
      : undefined;
    const remembered = key === undefined ? undefined : known.estimates.get(key);
    if (remembered !== undefined) return remembered;
    const objects = estimateListSize({ ...args, operation, variableValues: args.variableValues ?? null });
    if (key !== undefined) {
      if (known.estimates.size >= rememberedPerDocument) known.estimates.clear();
      known.estimates.set(key, objects);
    }
    return objects;
  };
}

/** Nothing when the operation fits or cannot run (execution reports that). */
function refusal(args: ExecutionArgs, maxObjects: number, price: ReturnType<typeof createExecutionPricer>): ExecutionResult | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return undefined;
  const objects = price(args, operation);
  // The 400 yoga gives a validation error (`spec`: application/json keeps its 200): nothing ran.
  return objects !== undefined && objects > maxObjects
    ? { errors: [tooManyObjects(objects, maxObjects, operation, { spec: true, status: 400 })] }
    : undefined;
}

/**
 * Refuses an operation whose pages would multiply into more than `maxObjects` objects, before
 * any resolver runs. Validation alone cannot price `first: $count`; it would have to assume the
 * largest page and refuse ordinary paged queries, so the exact check waits for the variables.
 */
export function useListSizeLimit(maxObjects: number): Plugin {
  const price = createExecutionPricer();
  return {
    onValidate: ({ addValidationRule }) => addValidationRule(createListSizeRule(maxObjects)),
    onExecute({ args, setResultAndStopExecution }) {
      const refused = refusal(args, maxObjects, price);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = refusal(args, maxObjects, price);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
