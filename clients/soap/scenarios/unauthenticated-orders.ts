import type { ErrorAnswer } from '../../../scripts/compare/scenario-types.js';
import { faultAnswer, type SoapScenarioContext } from './soap-kit.js';

/** No credentials: HTTP 500, a Client fault with an UNAUTHENTICATED ShopFault detail. */
export async function ordersWithoutLogin(ctx: SoapScenarioContext): Promise<ErrorAnswer> {
  try {
    await ctx.soap.ListOrdersAsync({ limit: ctx.inputs.historyCount });
  } catch (error) {
    return faultAnswer(error);
  }
  throw new Error('The orders were served without a login.');
}
