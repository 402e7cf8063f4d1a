/** Who an explorer run acts as: nobody, or one of the demo accounts. */
export const exploreAccounts = ['anonymous', 'customer', 'admin'] as const;
export type ExploreAccount = (typeof exploreAccounts)[number];
