import type { GraphiQLOptions } from 'graphql-yoga';

/** What GraphiQL opens with: a query that shows off nesting, then how to log in. */
export const defaultQuery = `# The shop's GraphQL API. Press the run button (or Ctrl-Enter).
# One request, one round trip: products with their category, newest reviews and authors.
# Batched on the server: this costs a handful of SQL queries, however many products.
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

# To act as a customer (demo accounts are on the home page), run this mutation (select it and run): the session cookie it sets
# is sent by this page from then on. Or put the token in the Headers tab:
# { "Authorization": "Bearer <token>" }
mutation LogIn {
  login(email: "ada@example.com", password: "shop-demo-2026") {
    token
    expiresAt
    customer { name role }
  }
}

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
  defaultQuery,
  // Same origin: the HttpOnly session cookie set by `login` rides along on every request.
  credentials: 'same-origin',
  subscriptionsProtocol: 'SSE',
};
