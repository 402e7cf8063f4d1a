/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CataloguePage($categoryId: ID!, $first: Int!) {\n  products(filter: {categoryId: $categoryId}, first: $first) {\n    totalCount\n    nodes {\n      name\n      priceCents\n    }\n  }\n}": typeof types.CataloguePageDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n  }\n}": typeof types.LoginDocument,
    "query OrderHistory($count: Int) {\n  orders(first: $count, sort: [{field: createdAt, direction: desc}]) {\n    nodes {\n      id\n      status\n      totalCents\n      items {\n        quantity\n        product {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.OrderHistoryDocument,
    "mutation PlaceOrder($items: [OrderItemInput!]!) {\n  placeOrder(input: {items: $items}) {\n    status\n    totalCents\n    items {\n      productId\n      quantity\n    }\n  }\n}": typeof types.PlaceOrderDocument,
    "query ProductCard($id: ID!) {\n  product(id: $id) {\n    id\n    name\n    priceCents\n    category {\n      name\n    }\n  }\n}": typeof types.ProductCardDocument,
    "query ProductReviews($id: ID!, $count: Int!) {\n  product(id: $id) {\n    name\n    reviews(first: $count) {\n      nodes {\n        rating\n        title\n        author {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.ProductReviewsDocument,
};
const documents: Documents = {
    "query CataloguePage($categoryId: ID!, $first: Int!) {\n  products(filter: {categoryId: $categoryId}, first: $first) {\n    totalCount\n    nodes {\n      name\n      priceCents\n    }\n  }\n}": types.CataloguePageDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n  }\n}": types.LoginDocument,
    "query OrderHistory($count: Int) {\n  orders(first: $count, sort: [{field: createdAt, direction: desc}]) {\n    nodes {\n      id\n      status\n      totalCents\n      items {\n        quantity\n        product {\n          name\n        }\n      }\n    }\n  }\n}": types.OrderHistoryDocument,
    "mutation PlaceOrder($items: [OrderItemInput!]!) {\n  placeOrder(input: {items: $items}) {\n    status\n    totalCents\n    items {\n      productId\n      quantity\n    }\n  }\n}": types.PlaceOrderDocument,
    "query ProductCard($id: ID!) {\n  product(id: $id) {\n    id\n    name\n    priceCents\n    category {\n      name\n    }\n  }\n}": types.ProductCardDocument,
    "query ProductReviews($id: ID!, $count: Int!) {\n  product(id: $id) {\n    name\n    reviews(first: $count) {\n      nodes {\n        rating\n        title\n        author {\n          name\n        }\n      }\n    }\n  }\n}": types.ProductReviewsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CataloguePage($categoryId: ID!, $first: Int!) {\n  products(filter: {categoryId: $categoryId}, first: $first) {\n    totalCount\n    nodes {\n      name\n      priceCents\n    }\n  }\n}"): (typeof documents)["query CataloguePage($categoryId: ID!, $first: Int!) {\n  products(filter: {categoryId: $categoryId}, first: $first) {\n    totalCount\n    nodes {\n      name\n      priceCents\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderHistory($count: Int) {\n  orders(first: $count, sort: [{field: createdAt, direction: desc}]) {\n    nodes {\n      id\n      status\n      totalCents\n      items {\n        quantity\n        product {\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query OrderHistory($count: Int) {\n  orders(first: $count, sort: [{field: createdAt, direction: desc}]) {\n    nodes {\n      id\n      status\n      totalCents\n      items {\n        quantity\n        product {\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaceOrder($items: [OrderItemInput!]!) {\n  placeOrder(input: {items: $items}) {\n    status\n    totalCents\n    items {\n      productId\n      quantity\n    }\n  }\n}"): (typeof documents)["mutation PlaceOrder($items: [OrderItemInput!]!) {\n  placeOrder(input: {items: $items}) {\n    status\n    totalCents\n    items {\n      productId\n      quantity\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductCard($id: ID!) {\n  product(id: $id) {\n    id\n    name\n    priceCents\n    category {\n      name\n    }\n  }\n}"): (typeof documents)["query ProductCard($id: ID!) {\n  product(id: $id) {\n    id\n    name\n    priceCents\n    category {\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductReviews($id: ID!, $count: Int!) {\n  product(id: $id) {\n    name\n    reviews(first: $count) {\n      nodes {\n        rating\n        title\n        author {\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ProductReviews($id: ID!, $count: Int!) {\n  product(id: $id) {\n    name\n    reviews(first: $count) {\n      nodes {\n        rating\n        title\n        author {\n          name\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;