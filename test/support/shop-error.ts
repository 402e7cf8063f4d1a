import { ShopError } from '../../src/domain/errors.js';

/** The ShopError `work` throws; fails the test if it succeeds or throws anything else. */
export function shopErrorOf(work: () => unknown): ShopError {
  try {
    work();
  } catch (error) {
    if (error instanceof ShopError) return error;
    throw error;
  }
  throw new Error('Expected a ShopError, but the call succeeded.');
}

/** The ShopError an async call rejects with. */
export async function shopErrorOfAsync(work: () => Promise<unknown>): Promise<ShopError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ShopError) return error;
    throw error;
  }
  throw new Error('Expected a ShopError, but the call succeeded.');
}

/** The dotted paths of the fields a VALIDATION_FAILED (or CONFLICT) names. */
export const fieldPaths = (error: ShopError): string[] => error.fields.map((field) => field.path);
