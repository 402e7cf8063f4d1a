import { z } from 'zod';
import {
  defaultLimit,
  maxLimit,
  orderSortFields,
  productSortFields,
  reviewSortFields,
  type OrderQuery,
  type ProductQuery,
  type ReviewQuery,
} from '../domain/queries.js';
import { orderStatuses } from '../domain/entities.js';
import { withoutUndefined } from '../domain/objects.js';
import { validate } from './validate.js';

/**
 * List inputs as every adapter hands them over (already typed, maybe out of range). Defaults
 * and bounds are applied here, once, so `limit=1000` means the same error everywhere.
 */

const limit = z.number().int().min(1).max(maxLimit).default(defaultLimit);
const offset = z.number().int().min(0).max(1_000_000).default(0);
const sortOf = <F extends readonly [string, ...string[]]>(fields: F) =>
  z.array(z.strictObject({ field: z.enum(fields), direction: z.enum(['asc', 'desc']) })).max(5).default([]);

const productList = z.strictObject({
  filter: z
    .strictObject({
      categoryId: z.number().int().positive().optional(),
      q: z.string().trim().max(100).optional(),
      minPriceCents: z.number().int().min(0).optional(),
      maxPriceCents: z.number().int().min(0).optional(),
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
    .strictObject({ status: z.enum(orderStatuses).optional(), customerId: z.number().int().positive().optional() })
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
