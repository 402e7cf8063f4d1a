import { z } from '@hono/zod-openapi';
import { orderStatuses, roles } from '../../domain/entities.js';
import { errorCodes } from '../../domain/errors.js';

/** The response shapes, field for field the domain's entities (src/domain/entities.ts). */

const id = (example: number, description: string) => z.number().int().positive().openapi({ example, description });
const timestamp = (example: string) =>
  z.string().openapi({ format: 'date-time', example, description: 'ISO 8601, UTC.' });

export const CategorySchema = z
  .object({
    id: id(1, 'Category id.'),
    name: z.string().openapi({ example: 'Coffee' }),
    slug: z.string().openapi({ example: 'coffee', description: 'URL-friendly name, unique.' }),
    description: z.string().openapi({ example: 'Single-origin beans and house blends, roasted weekly.' }),
  })
  .openapi('Category', { description: 'A group of products.' });

export const ProductSchema = z
  .object({
    id: id(1, 'Product id.'),
    sku: z.string().openapi({ example: 'COF-0001', description: 'Stock keeping unit, unique.' }),
    name: z.string().openapi({ example: 'Ethiopia Yirgacheffe 250 g' }),
    description: z.string().openapi({ example: 'Floral, bergamot, washed process.' }),
    priceCents: z.number().int().openapi({ example: 1450, description: 'Price in cents of `currency` (1450 = 14.50 EUR).' }),
    currency: z.literal('EUR').openapi({ example: 'EUR' }),
    stock: z.number().int().openapi({ example: 42, description: 'Units available now.' }),
    categoryId: id(1, 'The category this product belongs to.'),
    createdAt: timestamp('2026-01-15T09:30:00.000Z'),
    updatedAt: timestamp('2026-02-01T12:00:00.000Z'),
  })
  .openapi('Product', { description: 'Something the shop sells.' });

export const ReviewSchema = z
  .object({
    id: id(1, 'Review id.'),
    productId: id(1, 'The reviewed product.'),
    customerId: id(1, 'The author.'),
    rating: z.number().int().min(1).max(5).openapi({ example: 5 }),
    title: z.string().openapi({ example: 'My new morning favourite' }),
    body: z.string().openapi({ example: 'Bright, fruity, never bitter.' }),
    createdAt: timestamp('2026-02-03T08:15:00.000Z'),
  })
  .openapi('Review', { description: 'One customer\'s opinion of one product (one per customer and product).' });

export const ReviewerSchema = z
  .object({
    id: id(2, 'The author\'s customer id (the review\'s `customerId`).'),
    name: z.string().openapi({ example: 'Grace Hopper', description: 'The author\'s display name.' }),
  })
  .openapi('Reviewer', { description: 'What anyone may see of a review\'s author: no email, no role.' });

export const ReviewWithAuthorSchema = ReviewSchema.extend({ author: ReviewerSchema }).openapi('ReviewWithAuthor', {
  description: 'A review with its author\'s public name.',
});

export const ReviewViewSchema = ReviewSchema.extend({
  author: ReviewerSchema.optional(),
}).openapi('ReviewView', { description: 'A review as the list returns it: `author` appears only when asked for with `include=author`.' });

const embeddable = {
  category: CategorySchema.nullable().optional().openapi({ description: 'Embedded with `include=category`.' }),
  reviews: z
    .array(ReviewWithAuthorSchema)
    .optional()
    .openapi({ description: 'The 5 newest reviews, each with its author, embedded with `include=reviews`.' }),
};

/** The plain read: every product field, always; relations only when asked for. */
export const ProductViewSchema = ProductSchema.extend(embeddable).openapi('ProductView', {
  description: 'A product with every field; `category` and `reviews` appear only when asked for with `include=`.',
});

/** A sparse fieldset (`fields=`): only the named fields, so none of them can be promised. */
export const ProductFieldsSchema = ProductSchema.partial()
  .extend(embeddable)
  .openapi('ProductFields', {
    description:
      'A product reduced to the fields named in `fields=` (any of the product\'s fields, so each is optional here); ' +
      '`category` and `reviews` appear only when asked for with `include=`.',
  });

/** A list item: the whole product, or only the `fields=` asked for. */
export const ProductListItemSchema = z.union([ProductViewSchema, ProductFieldsSchema]).openapi({
  description: 'Without `fields=`, a `ProductView` (every field); with it, `ProductFields` (only those).',
});

export const CustomerSchema = z
  .object({
    id: id(1, 'Customer id.'),
    email: z.string().openapi({ format: 'email', example: 'ada@example.com' }),
    name: z.string().openapi({ example: 'Ada Lovelace' }),
    role: z.enum(roles).openapi({ example: 'customer', description: '`admin` may write the catalogue and see everything.' }),
    createdAt: timestamp('2026-01-02T10:00:00.000Z'),
  })
  .openapi('Customer', { description: 'An account. The password hash is never exposed.' });

export const OrderItemSchema = z
  .object({
    productId: id(3, 'The product bought.'),
    quantity: z.number().int().openapi({ example: 2 }),
    unitPriceCents: z.number().int().openapi({ example: 1290, description: 'The price when the order was placed.' }),
  })
  .openapi('OrderItem');

export const OrderSchema = z
  .object({
    id: id(1, 'Order id.'),
    customerId: id(1, 'Who placed it.'),
    status: z.enum(orderStatuses).openapi({ example: 'pending', description: 'pending → paid → shipped; pending or paid may be cancelled.' }),
    items: z.array(OrderItemSchema),
    totalCents: z.number().int().openapi({ example: 2580 }),
    createdAt: timestamp('2026-02-10T14:00:00.000Z'),
    updatedAt: timestamp('2026-02-10T14:00:00.000Z'),
  })
  .openapi('Order');

export const CartSchema = z
  .object({
    items: z.array(z.object({ productId: id(3, 'The product.'), quantity: z.number().int().openapi({ example: 2 }) }).openapi('CartItem')),
    totalCents: z.number().int().openapi({ example: 2580, description: 'At today\'s prices.' }),
  })
  .openapi('Cart', { description: 'The signed-in customer\'s cart, kept on the server.' });

export const LoginResultSchema = z
  .object({
    token: z.string().openapi({ example: 'q3Yc0v9bq3mZ8o6l3J2hQw2j0XH1Zk5mTq4Y2nR7c8E', description: 'Send as `Authorization: Bearer <token>`.' }),
    tokenType: z.literal('Bearer'),
    expiresAt: timestamp('2026-02-10T14:30:00.000Z').openapi({
      description:
        'Idle timeout: the session ends if it is not used before this time. Every request with the token (or cookie) ' +
        'moves it 30 minutes on, up to `sessionEndsAt`.',
    }),
    sessionEndsAt: timestamp('2026-02-11T02:00:00.000Z').openapi({
      description: 'Absolute timeout: the session ends at this time however busy it is (12 hours after login). Log in again then.',
    }),
    customer: CustomerSchema,
  })
  .openapi('LoginResult', {
    description:
      'A new session. The same token is also set as the `shop_session` cookie: a session cookie (no `Expires`), which the ' +
      'browser drops when it closes; the server ends the session earlier at `expiresAt` (idle) or `sessionEndsAt` (absolute).',
  });

/** `{ items, total, limit, offset }`: one page of a list. */
export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      total: z.number().int().openapi({ example: 50, description: 'Items matching, across all pages.' }),
      limit: z.number().int().openapi({ example: 20 }),
      offset: z.number().int().openapi({ example: 0 }),
    })
    .openapi(name);

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:api-playground:problem:out-of-stock' }),
    title: z.string().openapi({ example: 'Conflict' }),
    status: z.number().int().openapi({ example: 409 }),
    detail: z.string().openapi({ example: 'Only 1 of "Ethiopia Yirgacheffe 250 g" left; asked for 3.' }),
    instance: z.string().openapi({ example: '/rest/orders' }),
    code: z.enum(errorCodes).openapi({ example: 'OUT_OF_STOCK', description: 'The error code shared by REST, GraphQL and SOAP.' }),
    errors: z
      .array(z.object({ path: z.string().openapi({ example: 'items.0.quantity' }), message: z.string().openapi({ example: 'Only 1 in stock.' }) }))
      .openapi({ description: 'One entry per invalid input field; empty when the problem is not about one field.' }),
    requestId: z.string().openapi({ example: '5f0c6d0e-5a8e-4b7a-9f57-2c1d1a3e4b5c' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details, served as `application/problem+json`.' });
