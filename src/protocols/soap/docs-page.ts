import { html } from 'hono/html';
import type { SoapOperation } from './operation-types.js';
import { sampleEnvelope, sampleHeaders } from './sample-envelope.js';
import { soap11, soap12, soapActionOf, type SoapVersion } from './soap-versions.js';
import type { WsdlDocument } from './wsdl-document.js';

/** The seeded demo accounts (the home page lists them too): samples that need a caller use them. */
export const sampleCredentials = {
  customer: { email: 'ada@example.com', password: 'shop-demo-2026' },
  admin: { email: 'admin@example.com', password: 'admin-demo-2026' },
} as const;

const whoMayCall = { public: 'anyone', customer: 'signed-in customer', admin: 'admin only' } as const;

export function sampleRequest(operation: SoapOperation, version: SoapVersion) {
  const credentials = operation.auth === 'public' ? undefined : sampleCredentials[operation.auth];
  return { headers: sampleHeaders(operation.name, version), body: sampleEnvelope(operation.name, operation.sample, version, credentials) };
}

function curlOf(endpoint: string, request: { headers: Record<string, string>; body: string }): string {
  const display: Record<string, string> = { 'content-type': 'Content-Type', soapaction: 'SOAPAction' };
  const headers = Object.entries(request.headers).map(([name, value]) => ` \\\n  -H '${display[name] ?? name}: ${value}'`).join('');
  return `curl -s ${endpoint}${headers} \\\n  --data-binary @- <<'XML'\n${request.body}XML`;
}

/** GET /soap: every operation with a copyable SOAP 1.1 and 1.2 request (envelope and curl). */
export function renderDocsPage(origin: string, wsdl: WsdlDocument, operations: ReadonlyMap<string, SoapOperation>) {
  const endpoint = `${origin}/soap`;
  const listed = wsdl.operations.flatMap(({ name, documentation }) => {
    const operation = operations.get(name);
    return operation ? [{ operation, documentation }] : [];
  });
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>SOAP — API Playground</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; color: #1d2433; }
      pre { background: #f1f4f8; padding: .75rem; overflow-x: auto; font-size: 13px; } code { background: #f1f4f8; padding: .1rem .3rem; }
      section { border-top: 1px solid #d5dbe5; margin-top: 1.5rem; } .auth { color: #4a5568; font-size: 14px; }
      nav ul { columns: 3; }
    </style>
  </head>
  <body>
    <p><a href="/">← API Playground</a></p>
    <h1>SOAP endpoint</h1>
    <p>POST envelopes to <code>${endpoint}</code>. The contract is <a href="/soap?wsdl">the WSDL</a> (WSDL 1.1,
      document/literal wrapped): one SOAP 1.1 binding (<code>${soap11.contentType}</code> and a <code>SOAPAction</code> header)
      and one SOAP 1.2 binding (<code>${soap12.contentType}; action="…"</code>). Answers come in the version asked in;
      faults carry a <code>ShopFault</code> detail with the error code and the fields at fault.</p>
    <p>Credentials: a WS-Security <code>UsernameToken</code> (PasswordText) in the SOAP header, as in the samples below,
      or call <code>Login</code> once and send <code>Authorization: Bearer &lt;token&gt;</code> over HTTP.</p>
    <nav><ul>${listed.map(({ operation }) => html`<li><a href="#${operation.name}">${operation.name}</a></li>`)}</ul></nav>
    ${listed.map(
      ({ operation, documentation }) => html`<section id="${operation.name}">
      <h2>${operation.name}</h2>
      <p class="auth">${whoMayCall[operation.auth]} · SOAPAction <code>${soapActionOf(operation.name)}</code></p>
      <p>${documentation.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')}</p>
      <details><summary>SOAP 1.1 request</summary><pre>${curlOf(endpoint, sampleRequest(operation, soap11))}</pre></details>
      <details><summary>SOAP 1.2 request</summary><pre>${curlOf(endpoint, sampleRequest(operation, soap12))}</pre></details>
    </section>`,
    )}
  </body>
</html>`;
}
