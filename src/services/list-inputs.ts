import { z } from 'zod';
import {
  defaultLimit,
  maxLimit,
  maxOffset,
  maxPriceFilter,
  orderSortFields,
  productSortFields,
  reviewSortFields,
  type OrderQuery,
  type ProductQuery,
  type ReviewQuery,
} from '../domain/queries.js';
import { orderStatuses } from '../domain/entities.js';
import { withoutUndefined } from '../domain/objects.js';
import { idInput } from './input-schemas.js';
import { validate } from './validate.js';

/**
 * List inputs as every adapter hands them over (already typed, maybe out of range). Defaults
 * and bounds are applied here, once, so `limit=1000` means the same error everywhere.
 */

const limit = z.number().int().min(1).max(maxLimit).default(defaultLimit);
const offset = z.number().int().min(0).max(maxOffset).default(0);
const sortOf = <F extends readonly [string, ...string[]]>(fields: F) =>
  z.array(z.strictObject({ field: z.enum(fields), direction: z.enum(['asc', 'desc']) })).max(5).default([]);

const productList = z.strictObject({
  filter: z
    .strictObject({
      categoryId: idInput.optional(),
      q: z.string().max(100).trim().optional(),
      minPriceCents: z.number().int().min(0).max(maxPriceFilter).optional(),
      maxPriceCents: z.number().int().min(0).max(maxPriceFilter).optional(),
      inStock: z.boolean().optional(),
    })
    .refine(
      (f) => f.minPriceCents === undefined || f.maxPriceCents === undefined || f.minPriceCents <= f.maxPriceCents,
      { message: 'minPriceCents must not exceed maxPriceCents.', path: ['minPriceCents'] },
    )
    .default({}),
  sort: sortOf(productSortFields),
  limit,
  offset,
});

const orderList = z.strictObject({
  filter: z
    .strictObject({ status: z.enum(orderStatuses).optional(), customerId: idInput.optional() })
    .default({}),
  sort: sortOf(orderSortFields),
  limit,
  offset,
});

const reviewList = z.strictObject({ sort: sortOf(reviewSortFields), limit, offset });

export type ProductListInput = z.input<typeof productList>;
export type OrderListInput = z.input<typeof orderList>;
export type ReviewListInput = z.input<typeof reviewList>;


export const parseProductList = (input: ProductListInput = {}): ProductQuery => {
  const parsed = validate(productList, input);
  return { ...parsed, filter: withoutUndefined(parsed.filter) };
};

export const parseOrderList = (input: OrderListInput = {}): OrderQuery => {
  const parsed = validate(orderList, input);
  return { ...parsed, filter: withoutUndefined(parsed.filter) };
};

export const parseReviewList = (input: ReviewListInput = {}): ReviewQuery => validate(reviewList, input);
