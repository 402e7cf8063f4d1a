import { maxDelayMs } from '../recording/fault-switches.js';
import { prettyScript } from './explore-pretty-script.js';
import { inspectScript } from './inspect-script.js';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const faultRow = (protocol: string, label: string) => `<tr data-protocol="${protocol}"><th scope="row">${label}</th>
<td><input type="number" name="delayMs" min="0" max="${maxDelayMs}" step="50" value="0" aria-label="${label} delay in ms"></td>
<td><input type="number" name="failureRate" min="0" max="1" step="0.05" value="0" aria-label="${label} failure rate"></td>
<td><input type="number" name="failStatus" min="400" max="599" value="503" aria-label="${label} failure status"></td></tr>`;

/**
 * The wire inspector: the shop's recent exchanges, live, filterable by protocol; a click shows
 * both sides pretty-printed with copy-as-curl/fetch. Everything is inline (works offline), and
 * every link is relative to the shop's prefix. Recorded bodies are shown as text, never as HTML.
 */
export function renderInspectPage({ prefix }: { prefix: string }): string {
  const base = escapeHtml(prefix);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wire inspector — API Playground</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d2330; }
header { padding: .6rem 1rem; background: #1d2330; color: #fff; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
header a { color: #9cc4ff; } header h1 { font-size: 1.1rem; margin: 0; }
main { display: grid; grid-template-columns: minmax(22rem, 40%) 1fr; height: calc(100vh - 3rem); }
#list { overflow: auto; border-right: 1px solid #ccd; } #detail { overflow: auto; padding: .5rem 1rem; }
table { border-collapse: collapse; width: 100%; } td, th { padding: .2rem .4rem; text-align: left; white-space: nowrap; }
#exchanges tr { cursor: pointer; border-bottom: 1px solid #eef; } #exchanges tr:hover, #exchanges tr.selected { background: #eef4ff; }
.proto { font: 600 11px monospace; padding: 1px 5px; border-radius: 3px; color: #fff; }
.proto.rest { background: #2c7a4b; } .proto.graphql { background: #b0327f; } .proto.soap { background: #2d5fa8; }
.status.err { color: #b00020; font-weight: 600; }
pre { background: #f6f8fb; border: 1px solid #dde; padding: .5rem; overflow: auto; max-height: 28rem; white-space: pre-wrap; word-break: break-all; }
.k { color: #7a3e9d; } .s { color: #2c7a4b; } .d { color: #b35c00; } .b, .n { color: #2d5fa8; } .t { color: #2d5fa8; } .a { color: #7a3e9d; } .x { color: #1d2330; }
.truncated { color: #b00020; font-weight: 600; } .muted { color: #667; }
details { margin: .5rem 0; } button { cursor: pointer; }
#faults input { width: 6rem; } #faults { margin: .5rem 0; }
</style></head>
<body>
<header><h1>Wire inspector</h1>
<label>Protocol <select id="filter"><option value="">all</option><option value="rest">REST</option><option value="graphql">GraphQL</option><option value="soap">SOAP</option></select></label>
<span id="live" class="muted">connecting…</span>
<a href="${base}/">home</a><a href="${base}/explore">explore</a><a href="${base}/docs">REST docs</a><a href="${base}/graphql">GraphiQL</a><a href="${base}/soap">SOAP</a>
<a href="${base}/inspect/exchanges?limit=50">JSON</a></header>
<main><section id="list" aria-label="Recent exchanges"><table><thead><tr><th>time</th><th>protocol</th><th>operation</th><th>status</th><th>ms</th><th>bytes</th></tr></thead>
<tbody id="exchanges"></tbody></table><p id="empty" class="muted" style="padding:0 1rem">Nothing recorded yet: call <code>${base}/rest</code>, <code>${base}/graphql</code> or <code>${base}/soap</code> from any client and it shows up here.</p></section>
<section id="detail" aria-label="Exchange"><p class="muted">Click an exchange to see its request and response.</p>
<details id="fault-panel"><summary>Fault switches (for teaching timeouts, retries and error handling)</summary>
<p>Per request, send <code>X-Playground-Delay: &lt;ms&gt;</code> (0–${maxDelayMs}) or <code>X-Playground-Fail: &lt;status&gt;</code> (400–599, e.g. 500 or 503):
the answer comes late, or fails in the protocol's own shape (problem+json, a GraphQL error with <code>extensions.code</code>, a SOAP Server/Receiver fault).
For every call of this shop, set the switches below (off by default; <code>GET/PUT ${base}/inspect/faults</code>).</p>
<form id="faults"><table><thead><tr><th></th><th>delay ms</th><th>failure rate 0–1</th><th>status</th></tr></thead><tbody>
${faultRow('rest', 'REST')}${faultRow('graphql', 'GraphQL')}${faultRow('soap', 'SOAP')}</tbody></table>
<button type="submit">Save switches</button> <button type="button" id="faults-off">All off</button> <span id="faults-state" class="muted"></span></form></details>
<div id="exchange"></div></section></main>
<script>
const prefix = ${JSON.stringify(prefix).replace(/</g, '\\u003c')};
${prettyScript}
${inspectScript}
</script>
</body></html>`;
}
