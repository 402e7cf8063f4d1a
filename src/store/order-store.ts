import type { Preparer } from './lazy-statements.js';
import type { Order, OrderItem, OrderStatus } from '../domain/entities.js';
import type { OrderQuery } from '../domain/queries.js';
import { idsParam } from './rows.js';
import { createStatementCache, orderByClause } from './statement-cache.js';
import type { OrderStore } from './store-types.js';

const orderColumns =
  'id, customer_id AS customerId, status, total_cents AS totalCents, created_at AS createdAt, updated_at AS updatedAt';
const orderSortColumns: Record<string, string> = { id: 'id', createdAt: 'created_at', totalCents: 'total_cents' };

type OrderRow = Omit<Order, 'items'>;
type ItemRow = OrderItem & { orderId: number };

export function createOrderStore(db: Preparer): OrderStore {
  const cached = createStatementCache(db);
  const itemsOf = db.prepare(
    `SELECT order_id AS orderId, product_id AS productId, quantity, unit_price_cents AS unitPriceCents
     FROM order_items WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY order_id, rowid`,
  );
  const byIds = db.prepare(
    `SELECT ${orderColumns} FROM orders WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  const insertOrder = db.prepare(
    `INSERT INTO orders (customer_id, status, total_cents, created_at, updated_at)
     VALUES (@customerId, 'pending', @totalCents, @now, @now)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents)
     VALUES (@orderId, @productId, @quantity, @unitPriceCents)`,
  );
  const setStatus = db.prepare('UPDATE orders SET status = ?, updated_at = ? WHERE id = ?');
  const cartItems = db.prepare(
    'SELECT product_id AS productId, quantity FROM cart_items WHERE customer_id = ? ORDER BY rowid',
  );
  const upsertCartItem = db.prepare(
    `INSERT INTO cart_items (customer_id, product_id, quantity) VALUES (?, ?, ?)
     ON CONFLICT (customer_id, product_id) DO UPDATE SET quantity = excluded.quantity`,
  );
  const deleteCartItem = db.prepare('DELETE FROM cart_items WHERE customer_id = ? AND product_id = ?');
  const clearCart = db.prepare('DELETE FROM cart_items WHERE customer_id = ?');

  /** Attaches line items to orders with one query for the whole page (no N+1). */
  function withItems(rows: OrderRow[]): Order[] {
    const items = itemsOf.all(idsParam(rows.map((row) => row.id))) as ItemRow[];
    const byOrder = new Map<number, OrderItem[]>();
    for (const { orderId, ...item } of items) {
      const list = byOrder.get(orderId) ?? [];
      list.push(item);
      byOrder.set(orderId, list);
    }
    return rows.map((row) => ({ ...row, items: byOrder.get(row.id) ?? [] }));
  }

  return {
    listOrders(query: OrderQuery, customerId?: number) {
      const clauses: string[] = [];
      const params: Record<string, unknown> = { limit: query.limit, offset: query.offset };
      const owner = customerId ?? query.filter.customerId;
      if (owner !== undefined) {
        clauses.push('customer_id = @owner');
        params.owner = owner;
      }
      if (query.filter.status !== undefined) {
        clauses.push('status = @status');
        params.status = query.filter.status;
      }
      const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
      const total = (cached(`SELECT count(*) AS n FROM orders ${where}`).get(params) as { n: number }).n;
      const rows = cached(
        `SELECT ${orderColumns} FROM orders ${where} ${orderByClause(query.sort, orderSortColumns)} LIMIT @limit OFFSET @offset`,
      ).all(params) as OrderRow[];
      return { items: withItems(rows), total, limit: query.limit, offset: query.offset };
    },
    getOrdersByIds: (ids) => withItems(byIds.all(idsParam(ids)) as OrderRow[]),
    insertOrder(customerId, items, now) {
      const totalCents = items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
      const orderId = Number(insertOrder.run({ customerId, totalCents, now }).lastInsertRowid);
      for (const item of items) insertItem.run({ orderId, ...item });
      return { id: orderId, customerId, status: 'pending', items: [...items], totalCents, createdAt: now, updatedAt: now };
    },
    setOrderStatus: (id: number, status: OrderStatus, now: string) => void setStatus.run(status, now, id),
    getCartItems: (customerId) => cartItems.all(customerId) as { productId: number; quantity: number }[],
    setCartItem: (customerId, productId, quantity) => void upsertCartItem.run(customerId, productId, quantity),
    removeCartItem: (customerId, productId) => deleteCartItem.run(customerId, productId).changes > 0,
    clearCart: (customerId) => void clearCart.run(customerId),
  };
}
