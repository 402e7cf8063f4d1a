import { html } from 'hono/html';
import type { SandboxInfo } from '../shops/shop-registry.js';
import { demoAccounts } from '../domain/demo-accounts.js';
import { comparedScenarios } from './compared-scenarios.js';

const consoles = [
  { href: '/docs', title: 'REST — Scalar API reference', text: 'Resources, status codes, problem+json. Try every request from the page.' },
  { href: '/openapi.json', title: 'REST — OpenAPI 3.1 document', text: 'The contract the typed REST client is generated from.' },
  { href: '/graphql', title: 'GraphQL — GraphiQL', text: 'One endpoint, nested queries, the schema at your fingertips.' },
  { href: '/soap?wsdl', title: 'SOAP — WSDL 1.1', text: 'document/literal wrapped, SOAP 1.1 and 1.2 bindings.' },
  { href: '/soap', title: 'SOAP — console', text: 'Every operation’s envelope, editable and sent from the page as SOAP 1.1 or 1.2; curl samples for any shell.' },
  { href: '/compare', title: 'Comparison report', text: 'The same scenarios through all three protocols, measured.' },
  { href: '/explore', title: 'Explore — one task, three protocols', text: 'Run a compared scenario and read every request and response on the wire, side by side; edit and resend.' },
  { href: '/inspect', title: 'Inspect — the wire, live', text: 'Every exchange any client makes with this shop, as it happens, pretty-printed.' },
  { href: '/health', title: 'Health', text: 'Liveness and database check.' },
];

const scenarios = Object.values(comparedScenarios);

export interface HomePageOptions {
  /** '' for the shared shop, '/s/{id}' for a sandbox: every link carries it. */
  prefix?: string;
  /** Set on a sandbox's home page. */
  sandbox?: SandboxInfo;
}

/** The sandbox's own box (id, expiry, reset, remove), or on the shared shop the button that makes one. */
function sandboxSection(prefix: string, sandbox: SandboxInfo | undefined) {
  if (!sandbox) {
    return html`<section class="sandbox">
      <h2>A shop of your own</h2>
      <p>This is the shared shop: everyone on this server sees the same data. For a private copy — its own
        database, accounts, carts and inspector, reset whenever you like — create a sandbox.</p>
      <form method="post" action="/sandboxes"><button type="submit">Create my sandbox</button></form>
    </section>`;
  }
  return html`<section class="sandbox">
      <h2>Your sandbox</h2>
      <p>A private shop at <code>${prefix}/</code>. Keep this address: knowing it is what gives access. It is removed
        after a day without use (now: <time>${sandbox.expiresAt}</time>).</p>
      <form method="post" action="${prefix}/reset"><button type="submit">Reset to the seed</button></form>
      <button type="button" id="remove-sandbox" data-url="${prefix}">Remove this sandbox</button>
      <script>
        document.getElementById('remove-sandbox').addEventListener('click', async (event) => {
          if (!confirm('Remove this sandbox and all its data?')) return;
          await fetch(event.target.dataset.url, { method: 'DELETE' });
          location.href = '/';
        });
      </script>
    </section>`;
}

/** The home page: what is served here, how to log in, what to compare. */
export function renderHomePage(origin: string, { prefix = '', sandbox }: HomePageOptions = {}) {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API Playground — one shop, three protocols</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1d2433; }
      h1 { margin-bottom: 0; } .lead { color: #4a5568; margin-top: .25rem; }
      ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: .75rem; }
      ul.cards li { border: 1px solid #d5dbe5; border-radius: .5rem; padding: .75rem 1rem; }
      ul.cards a { font-weight: 600; } code { background: #f1f4f8; padding: .1rem .3rem; border-radius: .25rem; }
      table { border-collapse: collapse; } td, th { border: 1px solid #d5dbe5; padding: .3rem .6rem; text-align: left; }
    </style>
  </head>
  <body>
    <h1>API Playground</h1>
    <p class="lead">One live online shop — products, categories, reviews, customers, orders, a cart — served as
      <strong>REST</strong>, <strong>GraphQL</strong> and <strong>SOAP</strong> at once. A write through one protocol is
      read back through the others.</p>
    ${sandboxSection(prefix, sandbox)}
    <h2>Consoles and contracts</h2>
    <ul class="cards">
      ${consoles.map((item) => html`<li><a href="${prefix}${item.href}">${item.title}</a><br />${item.text}</li>`)}
    </ul>
    <h2>Demo accounts</h2>
    <table>
      <tr><th>role</th><th>email</th><th>password</th></tr>
      <tr><td>customer</td><td><code>${demoAccounts.customer.email}</code></td><td><code>${demoAccounts.customer.password}</code></td></tr>
      <tr><td>admin</td><td><code>${demoAccounts.admin.email}</code></td><td><code>${demoAccounts.admin.password}</code></td></tr>
    </table>
    <p>Log in once (<code>POST ${origin}${prefix}/rest/auth/login</code>, the <code>login</code> mutation, or SOAP <code>Login</code>)
      and send the token as <code>Authorization: Bearer …</code>; browsers also get a session cookie (no expiry date:
      the browser forgets it when it closes). A session ends after 30 minutes unused, and at the latest 12 hours after login.</p>
    <h2>Scenarios compared</h2>
    <ol>${scenarios.map((s) => html`<li>${s}</li>`)}</ol>
    <p>Run them yourself: <code>npm run compare</code> writes the report served at <a href="${prefix}/compare">/compare</a>.</p>
  </body>
</html>`;
}
