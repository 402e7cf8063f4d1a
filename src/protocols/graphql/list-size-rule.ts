import { queryTooComplexCode } from './error-table.js';
import { GraphQLError, Kind, type ASTVisitor, type FieldNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Depth and cost limits do not see page sizes: `categories { products(first: 100) { nodes {
 * category { products(first: 100) ...` is shallow and cheap by their count, yet asks for
 * millions of rows. This rule estimates how many objects a query can return — each list
 * field multiplies what is below it — and refuses the query before anything runs.
 */

/** Page sizes when `first` is not a literal: the default, or the maximum for a variable. */
const defaultFirst: Record<string, number> = { reviews: 5 };
const unboundedFirst = 100;
/** Lists without a `first` argument, sized by what the shop allows. */
const listSizes: Record<string, number> = { categories: 20, items: 50 };

function listSize(field: FieldNode): number {
  const first = field.arguments?.find((argument) => argument.name.value === 'first');
  if (first === undefined) return listSizes[field.name.value] ?? defaultFirst[field.name.value] ?? (isConnection(field) ? 20 : 1);
  if (first.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
  return unboundedFirst;
}

const isConnection = (field: FieldNode): boolean =>
  field.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && (s.name.value === 'nodes' || s.name.value === 'edges')) ?? false;

export function createListSizeRule(maxObjects: number) {
  return (context: ValidationContext): ASTVisitor => {
    // Stops as soon as the limit is passed, so a fragment bomb costs at most `maxObjects` steps.
    function estimate(selectionSet: SelectionSetNode, multiplier: number, fragments: ReadonlySet<string>): number {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (total > maxObjects) break;
        if (selection.kind === Kind.FIELD) {
          if (!selection.selectionSet) continue;
          const objects = multiplier * listSize(selection);
          total += objects + estimate(selection.selectionSet, objects, fragments);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          total += estimate(selection.selectionSet, multiplier, fragments);
        } else {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          if (fragment && !fragments.has(name)) total += estimate(fragment.selectionSet, multiplier, new Set([...fragments, name]));
        }
      }
      return total;
    }

    return {
      OperationDefinition(operation) {
        const objects = estimate(operation.selectionSet, 1, new Set());
        if (objects > maxObjects) {
          context.reportError(
            new GraphQLError(
              `Query refused: it could return ${objects > maxObjects * 10 ? `more than ${maxObjects * 10}` : `about ${objects}`} objects; the limit is ${maxObjects}. Ask for smaller pages (first) or fewer nested lists.`,
              { nodes: [operation], extensions: { code: queryTooComplexCode } },
            ),
          );
        }
      },
    };
  };
}
