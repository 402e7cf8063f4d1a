import type { ErrorAnswer } from '../../../scripts/compare/scenario-types.js';
import { faultAnswer, type SoapScenarioContext } from './soap-kit.js';

/** An unknown id: HTTP 500, a Client fault with a NOT_FOUND ShopFault detail. */
export async function missingProduct(ctx: SoapScenarioContext): Promise<ErrorAnswer> {
  try {
    await ctx.soap.GetProductAsync({ id: ctx.inputs.missingProductId });
  } catch (error) {
    return faultAnswer(error);
  }
  throw new Error('The product exists.');
}
