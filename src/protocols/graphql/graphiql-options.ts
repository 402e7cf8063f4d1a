import type { GraphiQLOptions } from 'graphql-yoga';
import { demoAccounts } from '../../domain/demo-accounts.js';

/** GraphiQL opens with three tabs: a nested query to run at once, then how to log in and act. */
export const productsWithReviewsQuery = `# The shop's GraphQL API: press the run button (Ctrl-Enter).
# One round trip: products, their category, newest reviews
# and the reviews' authors. Batched on the server: a handful
# of SQL queries, however many products you ask for.
query ProductsWithReviews {
  products(first: 5, filter: { inStock: true }, sort: [{ field: priceCents, direction: desc }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      priceCents
      category { name }
      reviews(first: 2) {
        nodes { rating title author { name } }
      }
    }
  }
}
`;

export const logInMutation = `# Log in as the demo customer (demo accounts: home page).
# GraphiQL sends the session cookie this sets from now on.
# Or put the token in the Headers tab below:
# { "Authorization": "Bearer <token>" }
mutation LogIn {
  login(email: "${demoAccounts.customer.email}", password: "${demoAccounts.customer.password}") {
    token
    expiresAt
    customer { name role }
  }
}
`;

export const myOrdersQuery = `# After logging in: who you are, and your latest orders.
query MyOrders {
  me {
    name
    orders(first: 3, sort: [{ field: createdAt, direction: desc }]) {
      nodes { id status totalCents items { quantity product { name } } }
    }
  }
}
`;

export const graphiqlOptions: GraphiQLOptions = {
  title: 'Shop GraphQL — GraphiQL',
  defaultQuery: productsWithReviewsQuery,
  defaultTabs: [{ query: productsWithReviewsQuery }, { query: logInMutation }, { query: myOrdersQuery }],
  // Same origin: the HttpOnly session cookie set by `login` rides along on every request.
  credentials: 'same-origin',
  subscriptionsProtocol: 'SSE',
};
