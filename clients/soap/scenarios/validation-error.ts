import type { ErrorAnswer } from '../../../scripts/compare/scenario-types.js';
import { bearer, faultAnswer, type SoapScenarioContext } from './soap-kit.js';

/** Quantity 0: HTTP 500, a Client fault whose ShopFault detail names the field. */
export async function orderWithZeroQuantity(ctx: SoapScenarioContext): Promise<ErrorAnswer> {
  try {
    await ctx.soap.PlaceOrderAsync({ items: ctx.inputs.invalidPurchase }, bearer(ctx.customerToken));
  } catch (error) {
    return faultAnswer(error);
  }
  throw new Error('The order was accepted.');
}
