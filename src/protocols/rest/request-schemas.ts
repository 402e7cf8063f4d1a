import { z } from '@hono/zod-openapi';
import { orderStatuses } from '../../domain/entities.js';
import { defaultLimit, maxLimit, orderSortFields, productSortFields, reviewSortFields } from '../../domain/queries.js';
import {
  cartQuantity,
  loginInput,
  orderStatusInput,
  placeOrderInput,
  productInput,
  productPatch,
  registerInput,
  reviewInput,
} from '../../services/input-schemas.js';
import { productFields, productIncludes, reviewIncludes } from './sparse-fields.js';

/**
 * Path, query and body contracts. Bodies are the services' own zod schemas (strict: an
 * unknown field is a 422), so validation is defined once and documented here.
 */

/**
 * zod 4 copies `.openapi` onto each schema when it is built, so the services' schemas (built
 * before this module extended zod) lack it; a clone is built now and has it.
 */
const documented = <S extends z.ZodType>(schema: S): S => schema.clone() as S;

/** Digits only, then a number: the document says integer, the handler gets a number. */
const wholeNumber = z.string().regex(/^\d+$/, 'Must be a whole number.');

const pathId = (name: string, description: string) =>
  wholeNumber
    .pipe(z.coerce.number<string>().int().positive())
    .openapi({ type: 'integer', param: { name, in: 'path', required: true }, example: 1, description });

/** `{id}` in a path, as a positive integer. */
export const idPath = (description: string) => z.object({ id: pathId('id', description) });
export const productIdPath = z.object({ productId: pathId('productId', 'Product id.') });

const sortParam = (fields: readonly string[], example: string) =>
  z.string().optional().openapi({
    description: `Comma-separated field names, \`-\` for descending. One of: ${fields.join(', ')}.`,
    example,
  });

const pageParams = {
  limit: wholeNumber
    .pipe(z.coerce.number<string>().int().min(1).max(maxLimit))
    .optional()
    .openapi({ type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit, description: 'Page size.' }),
  offset: wholeNumber
    .pipe(z.coerce.number<string>().int().min(0))
    .optional()
    .openapi({ type: 'integer', minimum: 0, default: 0, description: 'How many items to skip.' }),
};

const integerParam = (description: string, example: number) =>
  wholeNumber.pipe(z.coerce.number<string>().int()).optional().openapi({ type: 'integer', description, example });

const productShapeParams = {
  include: z.string().optional().openapi({
    description: `Embed related resources, comma-separated: ${productIncludes.join(', ')} (the 5 newest reviews, each with its author).`,
    example: 'category,reviews',
  }),
  fields: z.string().optional().openapi({
    description: `Return only these product fields, comma-separated: ${productFields.join(', ')}.`,
    example: 'id,name,priceCents',
  }),
};

export const pageQuery = z.strictObject(pageParams);

export const productListQuery = z.strictObject({
  categoryId: integerParam('Only products of this category.', 1),
  q: z.string().max(100).optional().openapi({ description: 'Case-insensitive search in name, description and SKU.', example: 'kenya' }),
  minPriceCents: integerParam('Cheapest price, in cents.', 1000),
  maxPriceCents: integerParam('Dearest price, in cents.', 3000),
  inStock: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ type: 'boolean', description: '`true`: only products with stock; `false`: only sold-out ones.' }),
  sort: sortParam(productSortFields, 'priceCents,-createdAt'),
  ...productShapeParams,
  ...pageParams,
});

export const productLookupQuery = z.strictObject(productShapeParams);

export const reviewListQuery = z.strictObject({
  sort: sortParam(reviewSortFields, '-createdAt'),
  include: z.string().optional().openapi({
    description: `Embed related resources, comma-separated: ${reviewIncludes.join(', ')} (each review's author: id and name).`,
    example: 'author',
  }),
  ...pageParams,
});

export const orderListQuery = z.strictObject({
  status: z.enum(orderStatuses).optional().openapi({ description: 'Only orders with this status.' }),
  customerId: integerParam('Admins: only the orders of this customer.', 1),
  sort: sortParam(orderSortFields, '-createdAt'),
  ...pageParams,
});

export const ProductInputSchema = documented(productInput).openapi('ProductInput', {
  description: 'A new product. Unknown fields are refused.',
  example: { sku: 'TEA-0100', name: 'Yunnan Gold 100 g', description: 'Malty, honeyed black tea.', priceCents: 1750, stock: 40, categoryId: 2 },
});

export const ProductPatchSchema = documented(productPatch).openapi('ProductPatch', {
  description: 'The fields to change (at least one). Unknown fields are refused.',
  example: { priceCents: 1590, stock: 12 },
});

export const ReviewInputSchema = documented(reviewInput).openapi('ReviewInput', {
  example: { rating: 5, title: 'Lovely with milk', body: 'Malty, strong, exactly what mornings need.' },
});

export const RegisterInputSchema = documented(registerInput).openapi('RegisterInput', {
  description: 'A new customer account. `role` cannot be chosen: every sign-up is a customer.',
  example: { email: 'lin@example.com', name: 'Lin Chen', password: 'a long passphrase' },
});

export const LoginInputSchema = documented(loginInput).openapi('LoginInput', {
  example: { email: 'ada@example.com', password: 'shop-demo-2026' },
});

export const PlaceOrderInputSchema = documented(placeOrderInput).openapi('PlaceOrderInput', {
  description: 'What to buy. Prices are taken from the catalogue, never from the client.',
  example: { items: [{ productId: 3, quantity: 2 }, { productId: 12, quantity: 1 }] },
});

export const CartItemInputSchema = z
  .strictObject({ quantity: cartQuantity })
  .openapi('CartItemInput', { description: 'How many of the product the cart should hold.', example: { quantity: 2 } });

export const OrderStatusInputSchema = z
  .strictObject({ status: orderStatusInput })
  .openapi('OrderStatusInput', { description: 'The next status (admins).', example: { status: 'paid' } });
