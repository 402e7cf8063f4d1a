import { ShopError } from '../../domain/errors.js';

const maxId = 2 ** 31 - 1;

/**
 * GraphQL IDs arrive as strings; the shop's ids are positive integers. Anything else is a
 * VALIDATION_FAILED on the argument's path, before any service is called.
 */
export function parseId(value: string | number, path: string): number {
  const text = String(value);
  const id = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(id) || id < 1 || id > maxId) {
    const message = `Must be a positive integer id, got ${JSON.stringify(text.slice(0, 40))}.`;
    throw new ShopError('VALIDATION_FAILED', `Invalid input: ${path}: ${message}`, { fields: [{ path, message }] });
  }
  return id;
}

/** `parseId` for optional arguments: null and undefined stay absent. */
export const parseOptionalId = (value: string | number | null | undefined, path: string): number | undefined =>
  value === null || value === undefined ? undefined : parseId(value, path);
