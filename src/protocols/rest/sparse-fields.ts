import type { Category, Product, ReviewWithAuthor } from '../../domain/entities.js';
import { validationFailed } from '../../domain/errors.js';

export const productFields = [
  'id', 'sku', 'name', 'description', 'priceCents', 'currency', 'stock', 'categoryId', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Product)[];
export type ProductField = (typeof productFields)[number];

export const productIncludes = ['category', 'reviews'] as const;
export type ProductInclude = (typeof productIncludes)[number];

export const reviewIncludes = ['author'] as const;

interface Embeds {
  category?: Category | null;
  reviews?: ReviewWithAuthor[];
}
/** A product as the plain read returns it: every field, maybe with relations (`include=`). */
export type ProductView = Product & Embeds;
/** A sparse fieldset (`fields=`): only the named fields, maybe with relations. */
export type ProductFieldsView = Partial<Product> & Embeds;

/** Splits `a,b,c`, refusing names outside `allowed` with a 422 that names them. */
export function parseNameList<N extends string>(text: string | undefined, allowed: readonly N[], param: string): N[] | undefined {
  if (text === undefined) return undefined;
  const names = text.split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(allowed as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw validationFailed([
      { path: param, message: `Unknown ${param} name${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}; use ${allowed.join(', ')}.` },
    ]);
  }
  return [...new Set(names as N[])];
}

/** Keeps exactly the asked-for fields (without `fields=` the caller copies the whole product). */
export function pickFields(product: Product, fields: readonly ProductField[]): ProductFieldsView {
  const view: Record<string, unknown> = {};
  for (const field of fields) view[field] = product[field];
  return view as ProductFieldsView;
}
