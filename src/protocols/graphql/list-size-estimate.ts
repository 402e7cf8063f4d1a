import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { maxItemsPerOrder } from '../../domain/order-rules.js';
import { defaultLimit } from '../../domain/queries.js';

/**
 * Depth and cost limits do not see page sizes: `categories { products(first: 100) { nodes {
 * category { products(first: 100) ...` is shallow and cheap by their count, yet asks for
 * millions of rows. This estimates how many objects a query can return — each list field
 * multiplies what is below it — with `first` read from the request's own variables, so
 * `orders(first: $count)` costs what `$count` asks for, not the largest page there could be.
 * Before the variables are known (validation), each variable page counts as its smallest, 1:
 * what is refused then is refused whatever the variables say.
 */

/** Lists without a `first` argument, sized by what the shop allows. */
const listSizes: Record<string, number> = { categories: 20, items: maxItemsPerOrder };

export interface ListSizeQuery {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The variables as the client sent them (not yet coerced); undefined while they are not known. */
  variableValues?: Readonly<Record<string, unknown>> | null | undefined;
}

/** The request's variables as sent, and the defaults its operation declares for them; undefined before they are known. */
type Variables = { given: Readonly<Record<string, unknown>>; defaults: ReadonlyMap<string, ValueNode> } | undefined;

/*
 * Types are read by shape, not with graphql's `isObjectType` & co.: those use `instanceof`,
 * which fails on yoga's schema when graphql is loaded twice (CJS and ESM, as under vitest).
 */
function namedType(type: GraphQLType): GraphQLNamedType {
  let current = type;
  while ('ofType' in current) current = current.ofType;
  return current;
}

function fieldDefinition(type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  return type && 'getInterfaces' in type ? type.getFields()[name] : undefined;
}

/** What the resolver's `first` will be: a number, null (the services' default) or undefined (left out). */
function firstValue(node: ValueNode | undefined, variables: Variables): number | null | undefined {
  if (node?.kind === Kind.INT) return Number(node.value);
  if (node?.kind !== Kind.VARIABLE) return node?.kind === Kind.NULL ? null : undefined;
  if (!variables) return 1;
  const value = variables.given[node.name.value];
  if (value === undefined) return firstValue(variables.defaults.get(node.name.value), variables);
  // Anything but a number is refused by execution before any resolver runs; it asks for no rows.
  return value === null ? null : typeof value === 'number' ? value : 1;
}

/** `first` as the resolver will see it: the literal, the variable's value, the schema default, else the services' default page. */
function pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown>, variables: Variables): number | undefined {
  const argument = definition.args.find((arg) => arg.name === 'first');
  if (!argument) return undefined;
  const first = firstValue(field.arguments?.find((arg) => arg.name.value === 'first')?.value, variables);
  // Left out, the schema's default applies; an explicit null reaches the services as "no limit given".
  const schemaDefault = typeof argument.defaultValue === 'number' ? argument.defaultValue : defaultLimit;
  return Math.max(1, first === undefined ? schemaDefault : (first ?? defaultLimit));
}

function listSize(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, variables: Variables): number {
  return (definition && pageSize(field, definition, variables)) ?? listSizes[field.name.value] ?? 1;
}

/**
 * Prices a selection set per object of its type. A fragment costs the same wherever it is
 * spread, so it is priced once: spreading the next one twice in each of 30 nested fragments
 * costs 30 steps, not 2^30.
 */
function createPricer(schema: GraphQLSchema, fragments: ReadonlyMap<string, FragmentDefinitionNode>, variables: Variables) {
  const fragmentPrices = new Map<string, number>();

  function price(selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet) continue;
        const definition = fieldDefinition(type, selection.name.value);
        const childType = definition ? namedType(definition.type) : undefined;
        total += listSize(selection, definition, variables) * (1 + price(selection.selectionSet, childType));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += price(selection.selectionSet, condition ?? undefined);
      } else {
        total += fragmentPrice(selection.name.value);
      }
    }
    return total;
  }

  function fragmentPrice(name: string): number {
    const known = fragmentPrices.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment) return 0;
    // A fragment cycle (refused by another validation rule, which runs alongside) adds nothing instead of looping.
    fragmentPrices.set(name, 0);
    const total = price(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
    fragmentPrices.set(name, total);
    return total;
  }

  return price;
}

/** How many objects the operation could return. */
export function estimateListSize({ schema, document, operation, variableValues }: ListSizeQuery): number {
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variables: Variables = variableValues === undefined ? undefined : { given: variableValues ?? {}, defaults };
  return createPricer(schema, fragments, variables)(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}
