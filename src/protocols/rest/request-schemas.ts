import { z } from '@hono/zod-openapi';
import { demoLogin } from '../../domain/demo-accounts.js';
import { orderStatuses } from '../../domain/entities.js';
import { defaultLimit, maxLimit, maxOffset, maxPriceFilter, orderSortFields, productSortFields, reviewSortFields } from '../../domain/queries.js';
import {
  cartQuantity,
  emailPattern,
  loginInput,
  maxId,
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

/** An optional sign and digits, then a number: the document says integer, the handler gets a number. */
const integerText = z.string().regex(/^-?\d{1,16}$/, 'Must be a whole number.');
const integerIn = (min: number, max: number) => integerText.pipe(z.coerce.number<string>().int().min(min).max(max));

const pathId = (name: string, description: string) =>
  integerIn(1, maxId).openapi({ type: 'integer', minimum: 1, maximum: maxId, param: { name, in: 'path', required: true }, example: 1, description });

/** `{id}` in a path, as a positive integer. */
export const idPath = (description: string) => z.object({ id: pathId('id', description) });
export const productIdPath = z.object({ productId: pathId('productId', 'Product id.') });

/** `a,b,c` of the given names: the pattern the server's parser accepts, stated in the document. */
const nameListPattern = (names: readonly string[], prefix = '', most?: number) => {
  const name = `${prefix}(${names.join('|')})`;
  return `^${name}(,${name})${most === undefined ? '*' : `{0,${most - 1}}`}$`;
};

/** The services take at most this many sort keys. */
const maxSortKeys = 5;

const sortParam = (fields: readonly string[], example: string) =>
  z.string().optional().openapi({
    description: `Comma-separated field names, \`-\` for descending (at most ${maxSortKeys}). One of: ${fields.join(', ')}.`,
    pattern: nameListPattern(fields, '-?', maxSortKeys),
    example,
  });

const nameList = (names: readonly string[], description: string, example: string) =>
  z.string().optional().openapi({ description, pattern: nameListPattern(names), example });

const pageParams = {
  limit: integerIn(1, maxLimit)
    .optional()
    .openapi({ type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit, description: 'Page size.' }),
  offset: integerIn(0, maxOffset)
    .optional()
    .openapi({ type: 'integer', minimum: 0, maximum: maxOffset, default: 0, description: 'How many items to skip.' }),
};

const idParam = (description: string) =>
  integerIn(1, maxId).optional().openapi({ type: 'integer', minimum: 1, maximum: maxId, description, example: 1 });

const priceParam = (description: string, example: number) =>
  integerIn(0, maxPriceFilter).optional().openapi({ type: 'integer', minimum: 0, maximum: maxPriceFilter, description, example });

const productShapeParams = {
  include: nameList(
    productIncludes,
    `Embed related resources, comma-separated: ${productIncludes.join(', ')} (the 5 newest reviews, each with its author).`,
    'category,reviews',
  ),
  fields: nameList(productFields, `Return only these product fields, comma-separated: ${productFields.join(', ')}.`, 'id,name,priceCents'),
};

export const pageQuery = z.strictObject(pageParams);

export const productListQuery = z.strictObject({
  categoryId: idParam('Only products of this category.'),
  q: z.string().max(100).optional().openapi({ description: 'Case-insensitive search in name, description and SKU.', example: 'kenya' }),
  minPriceCents: priceParam('Cheapest price, in cents. Must not exceed `maxPriceCents`.', 1000),
  maxPriceCents: priceParam('Dearest price, in cents.', 3000),
  inStock: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ type: 'boolean', description: '`true`: only products with stock; `false`: only sold-out ones.' }),
  sort: sortParam(productSortFields, 'priceCents,-createdAt'),
  ...productShapeParams,
  ...pageParams,
});

export const productLookupQuery = z.strictObject({ include: productShapeParams.include });
export const productFieldsQuery = z.strictObject({ include: productShapeParams.include });

/** `{fields}` of the sparse read: the comma-separated product fields to return. */
export const productFieldsPath = z.object({
  fields: z.string().openapi({
    param: { name: 'fields', in: 'path', required: true },
    description: `The product fields to return, comma-separated: ${productFields.join(', ')}.`,
    pattern: nameListPattern(productFields),
    example: 'id,name,priceCents',
  }),
});

export const reviewListQuery = z.strictObject({
  sort: sortParam(reviewSortFields, '-createdAt'),
  include: nameList(reviewIncludes, `Embed related resources, comma-separated: ${reviewIncludes.join(', ')} (each review's author: id and name).`, 'author'),
  ...pageParams,
});

export const orderListQuery = z.strictObject({
  status: z.enum(orderStatuses).optional().openapi({ description: 'Only orders with this status.' }),
  customerId: idParam('Admins: only the orders of this customer.'),
  sort: sortParam(orderSortFields, '-createdAt'),
  ...pageParams,
});

export const ProductInputSchema = documented(productInput).openapi('ProductInput', {
  description: 'A new product. `categoryId` must name an existing category (else 422). Unknown fields are refused.',
  example: { sku: 'TEA-0100', name: 'Yunnan Gold 100 g', description: 'Malty, honeyed black tea.', priceCents: 1750, stock: 40, categoryId: 2 },
});

export const ProductPatchSchema = documented(productPatch).openapi('ProductPatch', {
  description: 'The fields to change (at least one). `categoryId` must name an existing category (else 422). Unknown fields are refused.',
  minProperties: 1,
  example: { priceCents: 1590, stock: 12 },
});

export const ReviewInputSchema = documented(reviewInput).openapi('ReviewInput', {
  example: { rating: 5, title: 'Lovely with milk', body: 'Malty, strong, exactly what mornings need.' },
});

// `format: email` alone leaves the exact rule to each validator: the document states the pattern checked.
const registerWithEmailPattern = registerInput.extend({
  email: registerInput.shape.email.clone().openapi({ pattern: emailPattern.source }),
});

export const RegisterInputSchema = registerWithEmailPattern.openapi('RegisterInput', {
  description: 'A new customer account. `role` cannot be chosen: every sign-up is a customer.',
  example: { email: 'lin@example.com', name: 'Lin Chen', password: 'a long passphrase' },
});

export const LoginInputSchema = documented(loginInput).openapi('LoginInput', {
  example: demoLogin('customer'),
});

export const PlaceOrderInputSchema = documented(placeOrderInput).openapi('PlaceOrderInput', {
  description:
    'What to buy. Each `productId` must name an existing product (else 422), and each product may appear once ' +
    '(raise its quantity instead). Prices are taken from the catalogue, never from the client.',
  example: { items: [{ productId: 3, quantity: 2 }, { productId: 12, quantity: 1 }] },
});

export const CartItemInputSchema = z
  .strictObject({ quantity: cartQuantity })
  .openapi('CartItemInput', { description: 'How many of the product the cart should hold.', example: { quantity: 2 } });

export const OrderStatusInputSchema = z
  .strictObject({ status: orderStatusInput })
  .openapi('OrderStatusInput', { description: 'The next status (admins).', example: { status: 'paid' } });
