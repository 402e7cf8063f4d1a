import { demoAccounts } from '../src/domain/demo-accounts.js';

/** What every target is asked for, so every protocol answers the same question. */
export const benchProductId = 1;
export const pageSize = 20;
/** Enough for the fastest target at full speed for one round; restocked before each round. */
export const restockLevel = 1_000_000;
export const customerLogin = { email: demoAccounts.customer.email, password: demoAccounts.customer.password };
export const adminLogin = { email: demoAccounts.admin.email, password: demoAccounts.admin.password };

export const workloadNames = ['product', 'page', 'order'] as const;
export type WorkloadName = (typeof workloadNames)[number];

export const workloadLabels: Record<WorkloadName, string> = {
  product: 'One product by id',
  page: 'A page of 20 products with their category names',
  order: 'Place an order (write path)',
};
