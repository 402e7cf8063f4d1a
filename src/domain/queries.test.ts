import { describe, expect, it } from 'vitest';
import { parseSortList, productSortFields } from './queries.js';

describe('parseSortList', () => {
  it('reads field names, `-` for descending and `+` or nothing for ascending', () => {
    expect(parseSortList('priceCents,-createdAt,+name', productSortFields)).toEqual({
      keys: [
        { field: 'priceCents', direction: 'asc' },
        { field: 'createdAt', direction: 'desc' },
        { field: 'name', direction: 'asc' },
      ],
      unknown: [],
    });
  });

  it('ignores blanks and empty parts', () => {
    expect(parseSortList(' stock , , -id ,', productSortFields).keys).toEqual([
      { field: 'stock', direction: 'asc' },
      { field: 'id', direction: 'desc' },
    ]);
    expect(parseSortList('', productSortFields)).toEqual({ keys: [], unknown: [] });
  });

  it('returns unknown names instead of keys, so the caller can report them', () => {
    expect(parseSortList('-password_hash,name;DROP TABLE products,price', productSortFields)).toEqual({
      keys: [],
      unknown: ['password_hash', 'name;DROP TABLE products', 'price'],
    });
  });

  it('matches names exactly (case-sensitive, as the API spells them)', () => {
    expect(parseSortList('PriceCents,price_cents', productSortFields).unknown).toEqual(['PriceCents', 'price_cents']);
  });
});
