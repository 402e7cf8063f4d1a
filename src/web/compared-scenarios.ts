/**
 * The scenarios `npm run compare` runs through every protocol, by id: the home page lists them
 * and the report titles them from this one table.
 */
export const comparedScenarios = {
  'product-card': 'Product card: a product with its category name',
  'catalogue-page': 'Catalogue page: 10 products of a category, name and price, with the total',
  'product-reviews': 'Product with its latest reviews and the reviewers’ names',
  'place-order': 'Log in and place an order for two products',
  'order-history': 'Order history with product names',
  'validation-error': 'A validation error: an order with quantity 0',
  'missing-product': 'A missing product',
  'unauthenticated-orders': 'An order list without logging in',
} as const;
