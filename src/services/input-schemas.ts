import { z } from 'zod';
import { maxItemsPerOrder, maxQuantityPerItem } from '../domain/order-rules.js';
import { orderStatuses } from '../domain/entities.js';
import { maxOffset } from '../domain/queries.js';

/**
 * What the services accept, checked once here for all three protocols. Objects are strict:
 * an unknown field (`role`, `stock` on a review, `status` on an order...) is an error, not
 * silently dropped, so no protocol can mass-assign.
 */

/** Ids are 32-bit in every protocol (SOAP's xsd:int, GraphQL's Int), so the same bound everywhere. */
export const maxId = 2_147_483_647;
const id = z.number().int().min(1).max(maxId);

/**
 * Lengths are checked on the text as sent (what the contracts' minLength/maxLength say), then
 * surrounding spaces are trimmed; all-blank text is refused, since it would trim to nothing.
 */
const text = (max: number) => z.string().max(max).regex(/\S/, 'Must not be blank.').trim();
const optionalText = (max: number) => z.string().max(max).trim();

/**
 * An address as RFC 5321 writes it (dot-atom local part, dotted host name): what JSON Schema's
 * `format: email` means, so every validator of the contract agrees with the server. No flags:
 * the OpenAPI document states this very pattern, and JSON Schema patterns have none.
 */
const atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
export const emailPattern = new RegExp(`^${atom}(?:\\.${atom})*@(?:${label}\\.)+${label}$`);

export const productInput = z.strictObject({
  sku: z.string().regex(/^[A-Z0-9-]{3,32}$/, 'Use 3-32 capital letters, digits or dashes.'),
  name: text(200),
  description: optionalText(2000).default(''),
  priceCents: z.number().int().min(0).max(100_000_000),
  stock: z.number().int().min(0).max(1_000_000),
  categoryId: id,
});
export type ProductInput = z.input<typeof productInput>;

// description's default('') must not apply to a patch: omitting it would blank the stored text.
export const productPatch = productInput
  .extend({ description: optionalText(2000) })
  .partial()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), 'Give at least one field to change.');

export const reviewInput = z.strictObject({
  rating: z.number().int().min(1).max(5),
  title: text(120),
  body: optionalText(4000).default(''),
});
export type ReviewInput = z.input<typeof reviewInput>;

export const registerInput = z.strictObject({
  email: z.email({ pattern: emailPattern }).max(254).toLowerCase(),
  name: text(100),
  // 8..128: long passphrases welcome; the cap bounds the hashing work a request can ask for.
  password: z.string().min(8).max(128),
});
export type RegisterInput = z.input<typeof registerInput>;

export const loginInput = z.strictObject({
  // Any text: an unknown address is "wrong email or password", never a hint that it is malformed.
  email: z.string().min(1).max(254).trim(),
  password: z.string().min(1).max(128),
});
export type LoginInput = z.input<typeof loginInput>;

export const orderItemInput = z.strictObject({
  productId: id,
  quantity: z.number().int().min(1).max(maxQuantityPerItem),
});

export const placeOrderInput = z.strictObject({
  items: z
    .array(orderItemInput)
    .min(1)
    .max(maxItemsPerOrder)
    .refine(
      (items) => new Set(items.map((item) => item.productId)).size === items.length,
      'Each product may appear once; raise its quantity instead.',
    ),
});
export type PlaceOrderInput = z.input<typeof placeOrderInput>;

export const cartQuantity = z.number().int().min(1).max(maxQuantityPerItem);
export const orderStatusInput = z.enum(orderStatuses);
export const idInput = id;

export const pageInput = z.strictObject({
  limit: z.number().int().min(1).max(100),
  offset: z.number().int().min(0).max(maxOffset),
});
