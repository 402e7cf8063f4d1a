import { html, raw } from 'hono/html';
import { demoLogin } from '../../domain/demo-accounts.js';
import { prettyScript } from '../../web/explore-pretty-script.js';
import { soapConsoleScript } from './docs-console-script.js';
import type { SoapOperation } from './operation-types.js';
import { sampleEnvelope, sampleHeaders } from './sample-envelope.js';
import { soap11, soap12, soapActionOf, type SoapVersion } from './soap-versions.js';
import type { WsdlDocument } from './wsdl-document.js';

/** The seeded demo accounts (the home page lists them too): samples that need a caller use them. */
export const sampleCredentials = { customer: demoLogin('customer'), admin: demoLogin('admin') } as const;

const whoMayCall = { public: 'anyone', customer: 'signed-in customer', admin: 'admin only' } as const;

export function sampleRequest(operation: SoapOperation, version: SoapVersion) {
  const credentials = operation.auth === 'public' ? undefined : sampleCredentials[operation.auth];
  return { headers: sampleHeaders(operation.name, version), body: sampleEnvelope(operation.name, operation.sample, version, credentials) };
}

/** A header file for `curl -H @file`: no shell ever parses it, so the quotes inside survive in any shell. */
const headerFileOf = (headers: Record<string, string>): string => {
  const display: Record<string, string> = { 'content-type': 'Content-Type', soapaction: 'SOAPAction' };
  return Object.entries(headers).map(([name, value]) => `${display[name] ?? name}: ${value}`).join('\n') + '\n';
};

// Double quotes read the same in bash, zsh, cmd and PowerShell (where a bare @ would splat).
const curlOf = (endpoint: string) => `curl -s ${endpoint} -H "@headers.txt" --data-binary "@envelope.xml"`;

function curlSample(endpoint: string, id: string, request: { headers: Record<string, string>; body: string }) {
  return html`<p>Save the envelope as <code>envelope.xml</code> and the headers as <code>headers.txt</code>, then run (from bash, zsh, cmd or PowerShell; in Windows PowerShell 5 type <code>curl.exe</code>):</p>
    <pre>${curlOf(endpoint)}</pre>
    <p class="files"><button type="button" class="copy-text" data-for="${id}-headers">Copy headers.txt</button>
      <button type="button" class="copy-text" data-for="${id}-envelope">Copy envelope.xml</button></p>
    <pre id="${id}-headers">${headerFileOf(request.headers)}</pre>
    <pre id="${id}-envelope">${request.body}</pre>`;
}

/**
 * GET /soap: a console — every operation's sample envelope, editable and sendable as SOAP 1.1
 * or 1.2 — and, per operation, a curl sample that works from any shell.
 */
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
    <style>${raw(consoleStyle)}</style>
  </head>
  <body>
    <p><a href="./">← API Playground</a></p>
    <h1>SOAP console</h1>
    <p>POST envelopes to <code>${endpoint}</code>. The contract is <a href="soap?wsdl">the WSDL</a> (WSDL 1.1,
      document/literal wrapped): one SOAP 1.1 binding (<code>${soap11.contentType}</code> and a <code>SOAPAction</code> header)
      and one SOAP 1.2 binding (<code>${soap12.contentType}; action="…"</code>). Answers come in the version asked in;
      faults carry a <code>ShopFault</code> detail with the error code and the fields at fault.</p>
    <form id="login-helper" class="toolbar">
      <label>Send as <select id="soap-version"><option value="1.1">SOAP 1.1</option><option value="1.2">SOAP 1.2</option></select></label>
      <label>email <input name="email" value="${sampleCredentials.customer.email}" autocomplete="off" /></label>
      <label>password <input name="password" value="${sampleCredentials.customer.password}" autocomplete="off" /></label>
      <button type="submit">Log in (Login operation)</button>
      <label><input type="checkbox" name="bearer" /> send <code>Authorization: Bearer</code> with the token</label>
      <p id="login-note" class="note" role="status"></p>
      <p class="note">Credentials, two ways: call <code>Login</code> once and send its token as
        <code>Authorization: Bearer &lt;token&gt;</code> over HTTP, or put a WS-Security <code>UsernameToken</code> in the
        SOAP header (the samples of protected operations carry one; “Insert UsernameToken” writes one with the email and
        password above). Its PasswordText travels as written: use it over HTTPS or to this machine (loopback) only.</p>
      <div id="login-answer"></div>
    </form>
    <nav><ul>${listed.map(({ operation }) => html`<li><a href="#${operation.name}">${operation.name}</a></li>`)}</ul></nav>
    ${listed.map(({ operation, documentation }) => {
      const v11 = sampleRequest(operation, soap11);
      return html`<section class="operation" id="${operation.name}">
      <h2>${operation.name}</h2>
      <p class="auth">${whoMayCall[operation.auth]} · SOAPAction <code>${soapActionOf(operation.name)}</code></p>
      <p>${documentation.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')}</p>
      <textarea class="envelope" rows="${v11.body.split('\n').length}" spellcheck="false" aria-label="${operation.name} envelope">${v11.body}</textarea>
      <p><button type="button" class="send">Send</button> <button type="button" class="copy">Copy envelope</button>
        <button type="button" class="wsse">Insert UsernameToken</button></p>
      <div class="answer"></div>
      <details><summary>curl, SOAP 1.1</summary>${curlSample(endpoint, `${operation.name}-11`, v11)}</details>
      <details><summary>curl, SOAP 1.2</summary>${curlSample(endpoint, `${operation.name}-12`, sampleRequest(operation, soap12))}</details>
    </section>`;
    })}
    <script>
      ${raw(prettyScript)}
      ${raw(soapConsoleScript)}
    </script>
  </body>
</html>`;
}

const consoleStyle = `
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 68rem; margin: 2rem auto; padding: 0 1rem; color: #1d2433; }
  pre { background: #f1f4f8; padding: .75rem; overflow-x: auto; font-size: 13px; } code { background: #f1f4f8; padding: .1rem .3rem; }
  section { border-top: 1px solid #d5dbe5; margin-top: 1.5rem; } .auth, .note { color: #4a5568; font-size: 14px; }
  nav ul { columns: 3; } textarea { width: 100%; font: 13px ui-monospace, monospace; box-sizing: border-box; }
  .toolbar { background: #fff; border: 1px solid #d5dbe5; border-radius: .4rem; padding: .5rem .75rem; }
  .toolbar label { margin-right: .75rem; } .toolbar input[name] { font: 13px ui-monospace, monospace; }
  #login-answer pre { max-height: 10rem; }
  .answer pre { max-height: 28rem; } .answer-head { font-size: 14px; font-weight: 600; }
  .answer.fault .answer-head { color: #b42318; } .answer.fault pre { background: #fff1f1; border-left: 4px solid #d92d20; }
  .t { color: #1f5f9e; } .a { color: #8a4b08; } .s { color: #196c2e; } .x { color: #111827; font-weight: 600; } .n { color: #6b7280; }
`;
