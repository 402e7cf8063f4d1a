export * from './product-card.js';
export * from './catalogue-page.js';
export * from './product-reviews.js';
export * from './place-order.js';
export * from './order-history.js';
export * from './validation-error.js';
export * from './missing-product.js';
export * from './unauthenticated-orders.js';
