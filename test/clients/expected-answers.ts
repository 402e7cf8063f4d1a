import type { Services } from '../../src/services/create-services.js';
import type { ScenarioInputs } from '../../scripts/compare/scenario-types.js';
import { ada } from '../support/shop.js';

/** What each scenario must answer, read from the service layer of a shop seeded like the server's. */
export function expectedAnswers(services: Services, inputs: ScenarioInputs): Record<string, unknown> {
  const { catalog, customers, orders } = services;
  const product = catalog.getProduct(inputs.productId);
  const page = catalog.listProducts({ filter: { categoryId: inputs.categoryId }, limit: inputs.pageSize });
  const reviewed = catalog.getProduct(inputs.reviewedProductId);
  const reviews = catalog.latestReviewsByProductIds([reviewed.id], inputs.reviewCount)[0] ?? [];
  const reviewers = customers.getReviewersByIds(reviews.map((review) => review.customerId));
  const history = orders.listOrders(ada, { sort: [{ field: 'createdAt', direction: 'desc' }], limit: inputs.historyCount }).items;
  const productName = (id: number) => catalog.getProduct(id).name;
  return {
    'product-card': { id: product.id, name: product.name, priceCents: product.priceCents, categoryName: catalog.getCategory(product.categoryId).name },
    'catalogue-page': { total: page.total, items: page.items.map(({ name, priceCents }) => ({ name, priceCents })) },
    'product-reviews': {
      name: reviewed.name,
      reviews: reviews.map((review, index) => ({ rating: review.rating, title: review.title, reviewerName: reviewers[index]?.name })),
    },
    'place-order': {
      status: 'pending',
      totalCents: inputs.purchase.reduce((sum, line) => sum + catalog.getProduct(line.productId).priceCents * line.quantity, 0),
      items: inputs.purchase,
    },
    'order-history': {
      orders: history.map((order) => ({
        id: order.id,
        status: order.status,
        totalCents: order.totalCents,
        items: order.items.map((item) => ({ productName: productName(item.productId), quantity: item.quantity })),
      })),
    },
    'validation-error': { error: { code: 'VALIDATION_FAILED', fields: ['items.0.quantity'] } },
    'missing-product': { error: { code: 'NOT_FOUND', fields: [] } },
    'unauthenticated-orders': { error: { code: 'UNAUTHENTICATED', fields: [] } },
  };
}
