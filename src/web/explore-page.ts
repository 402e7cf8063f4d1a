import { html, raw } from 'hono/html';
import { demoAccounts } from '../domain/demo-accounts.js';
import { comparedScenarios } from './compared-scenarios.js';
import { exploreEditScript } from './explore-edit-script.js';
import { prettyScript } from './explore-pretty-script.js';
import { exploreScript } from './explore-script.js';

const columns = [
  { protocol: 'rest', title: 'REST', client: 'openapi-fetch over the generated OpenAPI types' },
  { protocol: 'graphql', title: 'GraphQL', client: 'typed documents from graphql-codegen, one POST' },
  { protocol: 'soap', title: 'SOAP', client: 'node-soap with the wsdl-tsclient types' },
];

/** JSON for a <script type="application/json"> block: `<` escaped so no text can end the block. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** GET /explore: one compared scenario, run by the three generated clients, side by side. */
export function renderExplorePage(options: { prefix: string }) {
  const accounts = { customer: { email: demoAccounts.customer.email, password: demoAccounts.customer.password }, admin: { email: demoAccounts.admin.email, password: demoAccounts.admin.password } };
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Explore — API Playground</title>
    <style>
      body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1d2433; }
      form#run-form { display: flex; gap: .75rem; flex-wrap: wrap; align-items: end; margin: 1rem 0; }
      .columns { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1rem; }
      .column > h2 { margin: 0; } .client { color: #4a5568; font-size: 13px; margin: 0 0 .5rem; }
      .metrics { display: flex; flex-wrap: wrap; gap: .25rem .75rem; font-size: 13px; font-weight: 600; min-height: 1.2em; }
      .metrics .failure { color: #b42318; }
      article.exchange { border: 1px solid #d5dbe5; border-radius: .4rem; margin: .6rem 0; padding: .4rem .6rem; }
      article.failed { border-color: #e8a1a1; background: #fff7f7; } article.resent { border-style: dashed; }
      article header { font-size: 13px; } .request-line, .status-line { font: 13px ui-monospace, monospace; font-weight: 600; margin-top: .3rem; }
      pre { background: #f6f8fb; padding: .5rem; margin: .25rem 0; overflow: auto; max-height: 26rem; font-size: 12px; white-space: pre; }
      .label { font-size: 12px; color: #4a5568; } details summary { font-size: 12px; cursor: pointer; color: #4a5568; }
      .k, .t { color: #1f5f9e; } .a { color: #8a4b08; } .s { color: #196c2e; } .d, .b { color: #7a3e9d; } .n { color: #6b7280; }
      .used { background: #fff2a8; outline: 1px solid #e0c200; font-weight: 600; }
      .cut { color: #b42318; font-size: 12px; } .note { margin-left: .5rem; font-size: 13px; }
      form.editor { display: grid; gap: .3rem; border: 1px solid #9db4d3; border-radius: .4rem; padding: .5rem; }
      form.editor label { display: grid; font-size: 12px; } textarea, input { font: 12px ui-monospace, monospace; }
      form.editor button { justify-self: start; }
    </style>
  </head>
  <body>
    <p><a href="${options.prefix}/">← API Playground</a> · <a href="${options.prefix}/inspect">/inspect</a> · <a href="${options.prefix}/compare">/compare</a></p>
    <h1>Explore: one task, three protocols</h1>
    <p>Pick a compared scenario. This server runs it through the three generated clients in <code>clients/</code> — over real
      HTTP, against itself — and shows every round trip as it went over the wire, with its bytes and time.
      <span class="used">Marked</span> values are the ones the scenario used; the rest was fetched and thrown away.
      The demo login and the WSDL the SOAP client reads are setup, left out as in <code>npm run compare</code>;
      tokens, passwords and cookies are shown as <code>[redacted]</code>.</p>
    <form id="run-form">
      <label>Scenario<br /><select name="scenario">
        ${Object.entries(comparedScenarios).map(([id, title]) => html`<option value="${id}" ${id === 'order-history' ? 'selected' : ''}>${title}</option>`)}
      </select></label>
      <label>Caller<br /><select name="account">
        <option value="customer" selected>demo customer (${demoAccounts.customer.email})</option>
        <option value="admin">demo admin (${demoAccounts.admin.email})</option>
        <option value="anonymous">anonymous</option>
      </select></label>
      <button type="submit">Run</button>
      <span id="run-status" role="status"></span>
    </form>
    <p>Every exchange can be edited and sent again from this page; the answer appears under it, dashed.</p>
    <div class="columns">
      ${columns.map(
        (column) => html`<section class="column" data-protocol="${column.protocol}">
        <h2>${column.title}</h2>
        <p class="client">${column.client}</p>
        <div class="metrics"></div>
        <div class="exchanges"></div>
      </section>`,
      )}
    </div>
    <script type="application/json" id="explore-data">${raw(scriptJson({ prefix: options.prefix, accounts }))}</script>
    <script>
      ${raw(prettyScript)}
      ${raw(exploreScript)}
      ${raw(exploreEditScript)}
    </script>
  </body>
</html>`;
}
