import { z } from 'zod';
import { productSortFields, reviewSortFields } from '../../domain/queries.js';
import { defineOperation } from './operation-types.js';
import { categoryShape, pageShape, productShape, reviewShape, reviewWithAuthorShape } from './xml-shapes.js';
import { optional, sortList, xsdBoolean, xsdInt, xsdString } from './xsd-inputs.js';
import { withoutUndefined } from '../../domain/objects.js';
import { withFieldNames, withoutFilterPrefix } from '../../services/validate.js';

const byId = z.strictObject({ id: xsdInt });
const paging = { limit: optional(xsdInt), offset: optional(xsdInt) };
// The services check a review's product as a product `id`; here it is the <productId> element.
const productIdPath = { id: 'productId' };

export const catalogOperations = [
  defineOperation({
    name: 'ListCategories',
    auth: 'public',
    input: z.strictObject({}),
    output: pageShape(categoryShape),
    sample: {},
    run: (services) => {
      const items = services.catalog.listCategories();
      return { items, total: items.length, limit: items.length, offset: 0 };
    },
  }),
  defineOperation({
    name: 'GetCategory',
    auth: 'public',
    input: byId,
    output: { category: categoryShape },
    sample: { id: 1 },
    run: (services, _actor, { id }) => ({ category: services.catalog.getCategory(id) }),
  }),
  defineOperation({
    name: 'ListProducts',
    auth: 'public',
    input: z.strictObject({
      categoryId: optional(xsdInt),
      q: optional(xsdString),
      minPriceCents: optional(xsdInt),
      maxPriceCents: optional(xsdInt),
      inStock: optional(xsdBoolean),
      sort: optional(sortList(productSortFields)),
      ...paging,
    }),
    output: pageShape(productShape),
    sample: { categoryId: 1, inStock: true, sort: 'priceCents,-createdAt', limit: 5, offset: 0 },
    // The filter's elements sit directly in <ListProducts>: faults name them as the XSD does.
    run: (services, _actor, { sort, limit, offset, ...filter }) =>
      withFieldNames(withoutFilterPrefix, () =>
        services.catalog.listProducts(withoutUndefined({ filter: withoutUndefined(filter), sort, limit, offset })),
      ),
  }),
  defineOperation({
    name: 'GetProduct',
    auth: 'public',
    input: byId,
    output: { product: productShape },
    sample: { id: 1 },
    run: (services, _actor, { id }) => ({ product: services.catalog.getProduct(id) }),
  }),
  defineOperation({
    name: 'CreateProduct',
    auth: 'admin',
    input: z.strictObject({
      sku: xsdString,
      name: xsdString,
      description: optional(xsdString),
      priceCents: xsdInt,
      stock: xsdInt,
      categoryId: xsdInt,
    }),
    output: { product: productShape },
    sample: { sku: 'MUG-042', name: 'Enamel mug', description: 'Blue, 350 ml.', priceCents: 1290, stock: 25, categoryId: 1 },
    run: (services, actor, args) => ({ product: services.catalog.createProduct(actor, withoutUndefined(args)) }),
  }),
  defineOperation({
    name: 'UpdateProduct',
    auth: 'admin',
    input: z.strictObject({
      id: xsdInt,
      sku: optional(xsdString),
      name: optional(xsdString),
      description: optional(xsdString),
      priceCents: optional(xsdInt),
      stock: optional(xsdInt),
      categoryId: optional(xsdInt),
    }),
    output: { product: productShape },
    sample: { id: 1, priceCents: 1490, stock: 12 },
    run: (services, actor, { id, ...patch }) => ({ product: services.catalog.updateProduct(actor, id, withoutUndefined(patch)) }),
  }),
  defineOperation({
    name: 'DeleteProduct',
    auth: 'admin',
    input: byId,
    output: {},
    sample: { id: 50 },
    run: (services, actor, { id }) => {
      services.catalog.deleteProduct(actor, id);
      return {};
    },
  }),
  defineOperation({
    name: 'ListReviews',
    auth: 'public',
    input: z.strictObject({ productId: xsdInt, sort: optional(sortList(reviewSortFields)), ...paging }),
    output: pageShape(reviewWithAuthorShape),
    sample: { productId: 1, sort: '-createdAt', limit: 10, offset: 0 },
    run: (services, _actor, { productId, ...list }) =>
      withFieldNames(productIdPath, () => services.catalog.listReviewsWithAuthors(productId, withoutUndefined(list))),
  }),
  defineOperation({
    name: 'AddReview',
    auth: 'customer',
    input: z.strictObject({ productId: xsdInt, rating: xsdInt, title: xsdString, body: optional(xsdString) }),
    output: { review: reviewShape },
    sample: { productId: 2, rating: 5, title: 'Does what it says', body: 'Sturdy and well made.' },
    run: (services, actor, { productId, ...review }) =>
      withFieldNames(productIdPath, () => ({ review: services.catalog.addReview(actor, productId, withoutUndefined(review)) })),
  }),
];
