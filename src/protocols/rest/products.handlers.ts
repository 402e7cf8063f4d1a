import type { OpenAPIHono } from '@hono/zod-openapi';
import { productSortFields, reviewSortFields } from '../../domain/queries.js';
import { setListHeaders } from './list-headers.js';
import { parseSortParam } from './list-query.js';
import { withFieldNames, withoutFilterPrefix } from '../../services/validate.js';
import { withoutUndefined } from '../../domain/objects.js';
import { toProductViews } from './product-views.js';
import * as productRoutes from './products.routes.js';
import { actorOf, servicesOf, type RestEnv, shopPath } from './rest-env.js';
import * as reviewRoutes from './reviews.routes.js';
import { parseNameList, productFields, productIncludes, reviewIncludes } from './sparse-fields.js';

const shapeOf = (query: { include?: string | undefined; fields?: string | undefined }) => ({
  include: parseNameList(query.include, productIncludes, 'include'),
  fields: parseNameList(query.fields, productFields, 'fields'),
});

export function registerProductRoutes(router: OpenAPIHono<RestEnv>): void {
  router.openapi(productRoutes.listProducts, (c) => {
    const { sort, include, fields, limit, offset, ...filter } = c.req.valid('query');
    const shape = shapeOf({ include, fields });
    const { catalog } = servicesOf(c);
    const query = { filter: withoutUndefined(filter), sort: parseSortParam(sort, productSortFields), limit, offset };
    const page = withFieldNames(withoutFilterPrefix, () => catalog.listProducts(withoutUndefined(query)));
    setListHeaders(c, page);
    const { total, limit: pageLimit, offset: pageOffset } = page;
    return c.json({ items: toProductViews(catalog, page.items, shape), total, limit: pageLimit, offset: pageOffset }, 200);
  });

  router.openapi(productRoutes.getProduct, (c) => {
    const { include } = shapeOf(c.req.valid('query'));
    const { catalog } = servicesOf(c);
    const product = catalog.getProduct(c.req.valid('param').id);
    return c.json(toProductViews(catalog, [product], { include })[0], 200);
  });

  router.openapi(productRoutes.getProductFields, (c) => {
    const { id, fields } = c.req.valid('param');
    const shape = shapeOf({ include: c.req.valid('query').include, fields });
    const { catalog } = servicesOf(c);
    return c.json(toProductViews(catalog, [catalog.getProduct(id)], shape)[0], 200);
  });

  router.openapi(productRoutes.createProduct, (c) => {
    const product = servicesOf(c).catalog.createProduct(actorOf(c), c.req.valid('json'));
    c.header('Location', shopPath(c, `/rest/products/${product.id}`));
    return c.json(product, 201);
  });

  router.openapi(productRoutes.updateProduct, (c) => {
    const product = servicesOf(c).catalog.updateProduct(actorOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(product, 200);
  });

  router.openapi(productRoutes.deleteProduct, (c) => {
    servicesOf(c).catalog.deleteProduct(actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });

  router.openapi(reviewRoutes.listReviews, (c) => {
    const { sort, include, limit, offset } = c.req.valid('query');
    const withAuthor = parseNameList(include, reviewIncludes, 'include')?.includes('author') ?? false;
    const productId = c.req.valid('param').id;
    const list = withoutUndefined({ sort: parseSortParam(sort, reviewSortFields), limit, offset });
    const { catalog } = servicesOf(c);
    const page = withAuthor ? catalog.listReviewsWithAuthors(productId, list) : catalog.listReviews(productId, list);
    setListHeaders(c, page);
    return c.json(page, 200);
  });

  router.openapi(reviewRoutes.addReview, (c) => {
    const productId = c.req.valid('param').id;
    const review = servicesOf(c).catalog.addReview(actorOf(c), productId, c.req.valid('json'));
    // There is no single-review resource; the review lives in its product's list.
    c.header('Location', shopPath(c, `/rest/products/${productId}/reviews`));
    return c.json(review, 201);
  });
}
