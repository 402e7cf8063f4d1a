import * as graphql from '../../clients/graphql/scenarios/index.js';
import * as rest from '../../clients/rest/scenarios/index.js';
import * as soap from '../../clients/soap/scenarios/index.js';
import type { ScenarioAnswer, ScenarioContext, ScenarioInputs } from './scenario-types.js';
import type { SoapScenarioContext } from '../../clients/soap/scenarios/soap-kit.js';
import { comparedScenarios } from '../../src/web/compared-scenarios.js';

export type Protocol = 'rest' | 'graphql' | 'soap';

/** The clients compared: REST twice where `include`/`fields` change the requests. */
export const variantIds = ['rest', 'rest-include', 'rest-fields', 'graphql', 'soap'] as const;
export type VariantId = (typeof variantIds)[number];

export const variantLabels: Record<VariantId, string> = {
  rest: 'REST',
  'rest-include': 'REST + include',
  'rest-fields': 'REST + fields',
  graphql: 'GraphQL',
  soap: 'SOAP',
};

export interface ScenarioVariant {
  id: VariantId;
  protocol: Protocol;
  /** The scenario function, for the code-size count: file (from the repo root) and export name. */
  file: string;
  exportName: string;
  /** GraphQL only: the operation documents the function sends (their text is client code too). */
  documents: string[];
  run(ctx: SoapScenarioContext): Promise<ScenarioAnswer>;
}

export interface Scenario {
  id: string;
  title: string;
  /** true when the expected answer is an error in the shared vocabulary. */
  expectsError: boolean;
  /** Something a reader must know to read the numbers right. */
  caveat?: string;
  variants: ScenarioVariant[];
}

/** The fixed inputs: chosen from the deterministic seed (product 37 has six reviews, 45 and 50 plenty of stock). */
export const defaultInputs: ScenarioInputs = {
  productId: 1,
  categoryId: 2,
  pageSize: 10,
  reviewedProductId: 37,
  reviewCount: 5,
  purchase: [
    { productId: 45, quantity: 1 },
    { productId: 50, quantity: 1 },
  ],
  invalidPurchase: [{ productId: 45, quantity: 0 }],
  historyCount: 5,
  missingProductId: 999_999,
};

type Run = (ctx: SoapScenarioContext) => Promise<ScenarioAnswer>;
const variant = (id: VariantId, slug: string, exportName: string, run: Run, operations: string[] = []): ScenarioVariant => {
  const protocol: Protocol = id.startsWith('rest') ? 'rest' : (id as Protocol);
  const documents = operations.map((operation) => `clients/graphql/operations/${operation}.graphql`);
  return { id, protocol, file: `clients/${protocol}/scenarios/${slug}.ts`, exportName, documents, run };
};

/** Every scenario in every client; `ScenarioContext` is all REST and GraphQL need. */
export const scenarios: Scenario[] = [
  {
    id: 'product-card',
    title: comparedScenarios['product-card'],
    expectsError: false,
    variants: [
      variant('rest', 'product-card', 'productCard', rest.productCard),
      variant('rest-include', 'product-card', 'productCardWithInclude', rest.productCardWithInclude),
      variant('graphql', 'product-card', 'productCard', graphql.productCard, ['product-card']),
      variant('soap', 'product-card', 'productCard', soap.productCard),
    ],
  },
  {
    id: 'catalogue-page',
    title: comparedScenarios['catalogue-page'],
    expectsError: false,
    variants: [
      variant('rest', 'catalogue-page', 'cataloguePage', rest.cataloguePage),
      variant('rest-fields', 'catalogue-page', 'cataloguePageWithFields', rest.cataloguePageWithFields),
      variant('graphql', 'catalogue-page', 'cataloguePage', graphql.cataloguePage, ['catalogue-page']),
      variant('soap', 'catalogue-page', 'cataloguePage', soap.cataloguePage),
    ],
  },
  {
    id: 'product-reviews',
    title: comparedScenarios['product-reviews'],
    expectsError: false,
    variants: [
      variant('rest', 'product-reviews', 'productReviews', rest.productReviews),
      variant('rest-include', 'product-reviews', 'productReviewsWithInclude', rest.productReviewsWithInclude),
      variant('graphql', 'product-reviews', 'productReviews', graphql.productReviews, ['product-reviews']),
      variant('soap', 'product-reviews', 'productReviews', soap.productReviews),
    ],
  },
  {
    id: 'place-order',
    title: comparedScenarios['place-order'],
    expectsError: false,
    variants: [
      variant('rest', 'place-order', 'logInAndPlaceOrder', rest.logInAndPlaceOrder),
      variant('graphql', 'place-order', 'logInAndPlaceOrder', graphql.logInAndPlaceOrder, ['login', 'place-order']),
      variant('soap', 'place-order', 'logInAndPlaceOrder', soap.logInAndPlaceOrder),
    ],
  },
  {
    id: 'order-history',
    title: comparedScenarios['order-history'],
    expectsError: false,
    variants: [
      variant('rest', 'order-history', 'orderHistory', rest.orderHistory),
      variant('rest-fields', 'order-history', 'orderHistoryWithFields', rest.orderHistoryWithFields),
      variant('graphql', 'order-history', 'orderHistory', graphql.orderHistory, ['order-history']),
      variant('soap', 'order-history', 'orderHistory', soap.orderHistory),
    ],
  },
  {
    id: 'validation-error',
    title: comparedScenarios['validation-error'],
    expectsError: true,
    variants: [
      variant('rest', 'validation-error', 'orderWithZeroQuantity', rest.orderWithZeroQuantity),
      variant('graphql', 'validation-error', 'orderWithZeroQuantity', graphql.orderWithZeroQuantity, ['place-order']),
      variant('soap', 'validation-error', 'orderWithZeroQuantity', soap.orderWithZeroQuantity),
    ],
  },
  {
    id: 'missing-product',
    title: comparedScenarios['missing-product'],
    expectsError: true,
    variants: [
      variant('rest', 'missing-product', 'missingProduct', rest.missingProduct),
      variant('graphql', 'missing-product', 'missingProduct', graphql.missingProduct, ['product-card']),
      variant('soap', 'missing-product', 'missingProduct', soap.missingProduct),
    ],
  },
  {
    id: 'unauthenticated-orders',
    title: comparedScenarios['unauthenticated-orders'],
    expectsError: true,
    variants: [
      variant('rest', 'unauthenticated-orders', 'ordersWithoutLogin', rest.ordersWithoutLogin),
      variant('graphql', 'unauthenticated-orders', 'ordersWithoutLogin', graphql.ordersWithoutLogin, ['order-history']),
      variant('soap', 'unauthenticated-orders', 'ordersWithoutLogin', soap.ordersWithoutLogin),
    ],
  },
];

export type { ScenarioContext };
