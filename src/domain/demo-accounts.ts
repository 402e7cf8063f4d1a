/**
 * The demo accounts: seeded into every new shop, printed at start, shown on the home page and
 * used by the sample requests of all three protocols. Demo passwords, not secrets. Every other
 * seeded customer shares the customer's password.
 */
export const demoAccounts = {
  customer: { email: 'ada@example.com', password: 'shop-demo-2026', name: 'Ada Lovelace' },
  admin: { email: 'admin@example.com', password: 'admin-demo-2026', name: 'Shop Admin' },
} as const;

/** Email and password of a demo account, as a login form or sample request takes them. */
export const demoLogin = (role: keyof typeof demoAccounts): { email: string; password: string } => ({
  email: demoAccounts[role].email,
  password: demoAccounts[role].password,
});
