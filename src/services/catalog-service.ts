import type { Actor } from '../domain/actor.js';
import type { Category, Page, Product, Review, ReviewWithAuthor } from '../domain/entities.js';
import { notFound, ShopError } from '../domain/errors.js';
import type { Store } from '../store/store-types.js';
import { requireAdmin } from './authorization.js';
import type { Clock } from './clock.js';
import { idInput, productInput, productPatch, reviewInput } from './input-schemas.js';
import { parseProductList, parseReviewList, type ProductListInput, type ReviewListInput } from './list-inputs.js';
import { validate } from './validate.js';
import type { WriteGuard } from './write-limit.js';

/** Looks each id up in `found`, keeping the caller's order: what DataLoader batch functions need. */
export const alignByIds = <T extends { id: number }>(ids: readonly number[], found: T[]): (T | undefined)[] => {
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id));
};

export function createCatalogService(store: Store, clock: Clock, guardWrite: WriteGuard) {
  const now = () => clock.now().toISOString();

  function getProduct(id: number): Product {
    const product = store.getProductsByIds([validate(idInput, id, 'id')])[0];
    if (!product) throw notFound('Product', id);
    return product;
  }

  /** The newest reviews of each product, one array per id, for batch loading. */
  function latestReviewsByProductIds(ids: readonly number[], perProduct = 5): Review[][] {
    const reviews = store.listLatestReviewsByProductIds(ids, Math.min(Math.max(perProduct, 1), 100));
    return ids.map((id) => reviews.filter((review) => review.productId === id));
  }

  /** Each review with its author's id and name (nothing else of the customer), one store query for all of them. */
  function withAuthors(reviews: readonly Review[]): ReviewWithAuthor[] {
    if (reviews.length === 0) return [];
    const customers = store.getCustomersByIds([...new Set(reviews.map((review) => review.customerId))]);
    const authors = new Map(customers.map(({ id, name }) => [id, { id, name }]));
    return reviews.map((review) => {
      const author = authors.get(review.customerId);
      // reviews.customer_id references customers: no author means a broken database, not a client error.
      if (!author) throw new Error(`Review ${review.id} names customer ${review.customerId}, who does not exist.`);
      return { ...review, author };
    });
  }

  function ensureCategory(categoryId: number): void {
    if (!store.getCategoriesByIds([categoryId])[0]) {
      throw new ShopError('VALIDATION_FAILED', `Category ${categoryId} does not exist.`, {
        fields: [{ path: 'categoryId', message: `Category ${categoryId} does not exist.` }],
      });
    }
  }

  function ensureSkuFree(sku: string, exceptId?: number): void {
    const holder = store.findProductBySku(sku);
    if (holder && holder.id !== exceptId) {
      throw new ShopError('CONFLICT', `SKU ${sku} is already used by product ${holder.id}.`, {
        fields: [{ path: 'sku', message: 'Already in use.' }],
      });
    }
  }

  return {
    listCategories: (): Category[] => store.listCategories(),

    getCategory(id: number): Category {
      const category = store.getCategoriesByIds([validate(idInput, id, 'id')])[0];
      if (!category) throw notFound('Category', id);
      return category;
    },

    getCategoriesByIds: (ids: readonly number[]) => alignByIds(ids, store.getCategoriesByIds(ids)),

    listProducts: (input?: ProductListInput): Page<Product> => store.listProducts(parseProductList(input)),

    getProduct,

    getProductsByIds: (ids: readonly number[]) => alignByIds(ids, store.getProductsByIds(ids)),

    createProduct(actor: Actor, input: unknown): Product {
      requireAdmin(actor);
      const product = validate(productInput, input);
      return store.transaction(() => {
        ensureCategory(product.categoryId);
        ensureSkuFree(product.sku);
        return store.insertProduct(product, now());
      });
    },

    updateProduct(actor: Actor, id: number, input: unknown): Product {
      requireAdmin(actor);
      const patch = validate(productPatch, input);
      return store.transaction(() => {
        getProduct(id);
        if (patch.categoryId !== undefined) ensureCategory(patch.categoryId);
        if (patch.sku !== undefined) ensureSkuFree(patch.sku, id);
        const updated = store.updateProduct(id, patch, now());
        if (!updated) throw notFound('Product', id);
        return updated;
      });
    },

    deleteProduct(actor: Actor, id: number): void {
      requireAdmin(actor);
      store.transaction(() => {
        getProduct(id);
        // Orders keep pointing at their products: history must not lose lines.
        if (store.isProductOrdered(id)) {
          throw new ShopError('CONFLICT', `Product ${id} appears in orders; set its stock to 0 instead of deleting it.`);
        }
        store.deleteProduct(id);
      });
    },

    listReviews(productId: number, input?: ReviewListInput): Page<Review> {
      getProduct(productId);
      return store.listReviews(productId, parseReviewList(input));
    },

    /** One page of reviews, each with its author's public id and name (what anyone may see). */
    listReviewsWithAuthors(productId: number, input?: ReviewListInput): Page<ReviewWithAuthor> {
      getProduct(productId);
      const page = store.listReviews(productId, parseReviewList(input));
      return { ...page, items: withAuthors(page.items) };
    },

    latestReviewsByProductIds,

    /** `latestReviewsByProductIds` with each review's author: one query for the reviews, one for all authors. */
    latestReviewsWithAuthorsByProductIds(ids: readonly number[], perProduct = 5): ReviewWithAuthor[][] {
      const groups = latestReviewsByProductIds(ids, perProduct);
      const all = withAuthors(groups.flat());
      let start = 0;
      return groups.map((group) => all.slice(start, (start += group.length)));
    },

    addReview(actor: Actor, productId: number, input: unknown): Review {
      const { customerId } = guardWrite(actor);
      const review = validate(reviewInput, input);
      return store.transaction(() => {
        getProduct(productId);
        if (store.hasReview(productId, customerId)) {
          throw new ShopError('CONFLICT', `You have already reviewed product ${productId}.`);
        }
        return store.insertReview({ ...review, productId, customerId }, now());
      });
    },
  };
}
