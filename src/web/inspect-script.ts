/**
 * Browser code (inlined in the inspector page, after explore-pretty-script's `bodyHtml` and `esc`):
 * the list, the live stream, the detail view with copy-as-curl/fetch, the fault switches form.
 * Recorded text reaches the page only through textContent or `esc`.
 */
export const inspectScript = String.raw`
const byId = (id) => document.getElementById(id);
const known = new Map();
let selected;

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
};

function row(exchange) {
  const tr = el('tr', { title: exchange.method + ' ' + exchange.path });
  tr.dataset.id = String(exchange.id);
  tr.dataset.protocol = exchange.protocol;
  tr.append(
    el('td', { textContent: new Date(exchange.at).toLocaleTimeString() }),
    el('td', {}, el('span', { className: 'proto ' + exchange.protocol, textContent: exchange.protocol })),
    el('td', { textContent: exchange.operation }),
    el('td', { className: 'status' + (exchange.status >= 400 ? ' err' : ''), textContent: String(exchange.status) }),
    el('td', { textContent: String(exchange.durationMs) }),
    el('td', { textContent: String(exchange.request.bytes + exchange.response.bytes) }),
  );
  tr.addEventListener('click', () => show(exchange.id));
  applyFilter(tr);
  return tr;
}

function applyFilter(tr) {
  const wanted = byId('filter').value;
  tr.hidden = wanted !== '' && tr.dataset.protocol !== wanted;
}

function add(exchange, atTop) {
  if (known.has(exchange.id)) return;
  known.set(exchange.id, exchange);
  const body = byId('exchanges');
  if (atTop) body.prepend(row(exchange)); else body.append(row(exchange));
  byId('empty').hidden = true;
  while (known.size > 200) {
    const oldest = Math.min(...known.keys());
    known.delete(oldest);
    body.querySelector('tr[data-id="' + oldest + '"]')?.remove();
  }
}

const skipped = new Set(['host', 'content-length', 'connection', 'accept-encoding', 'transfer-encoding']);
const sendable = (headers) => Object.entries(headers).filter(([name]) => !skipped.has(name));
const quote = (text) => "'" + String(text).replace(/'/g, "'\\''") + "'";

function asCurl(exchange) {
  const url = location.origin + exchange.path;
  const parts = ['curl', '-X', exchange.method, quote(url)];
  for (const [name, value] of sendable(exchange.request.headers)) parts.push('-H', quote(name + ': ' + value));
  if (exchange.request.body) parts.push('--data-binary', quote(exchange.request.body));
  return parts.join(' ');
}

function asFetch(exchange) {
  const init = { method: exchange.method, headers: Object.fromEntries(sendable(exchange.request.headers)) };
  if (exchange.request.body) init.body = exchange.request.body;
  return 'const response = await fetch(' + JSON.stringify(location.origin + exchange.path) + ', ' + JSON.stringify(init, null, 2) + ');\n' +
    'console.log(response.status, await response.text());';
}

async function copy(text, label) {
  byId('copied').textContent = text;
  try {
    await navigator.clipboard.writeText(text);
    byId('copy-state').textContent = label + ' copied';
  } catch {
    byId('copy-state').textContent = label + ' shown below (the clipboard is not available here)';
  }
}

function message(title, part, extra) {
  const box = el('section');
  box.append(el('h3', { textContent: title + (extra ? ' — ' + extra : '') }));
  const headers = Object.entries(part.headers).map(([name, value]) => name + ': ' + value).join('\n');
  box.append(el('details', {}, el('summary', { textContent: 'headers (' + Object.keys(part.headers).length + ')' }), el('pre', { className: 'headers', textContent: headers })));
  const body = el('pre', { className: 'body' });
  body.innerHTML = bodyHtml(part.body, part.headers['content-type'] || '', new Set());
  box.append(body);
  const size = part.bytes + ' bytes' + (part.truncated ? ' — ' : '');
  const info = el('p', { className: 'muted', textContent: size });
  if (part.truncated) info.append(el('span', { className: 'truncated', textContent: 'truncated: only the first 64 KiB were recorded' }));
  box.append(info);
  return box;
}

function show(id) {
  const exchange = known.get(id);
  if (!exchange) return;
  selected = id;
  for (const tr of byId('exchanges').children) tr.classList.toggle('selected', tr.dataset.id === String(id));
  const view = byId('exchange');
  view.replaceChildren();
  view.append(el('h2', { textContent: exchange.method + ' ' + exchange.path }));
  view.append(el('p', { className: 'muted', textContent:
    exchange.protocol + ' · ' + exchange.operation + ' · ' + exchange.status + ' · ' + exchange.durationMs + ' ms · ' +
    exchange.request.bytes + ' bytes sent, ' + exchange.response.bytes + ' received · ' + exchange.at + ' · request id ' + exchange.requestId }));
  const buttons = el('p');
  const button = (label, text) => { const b = el('button', { type: 'button', textContent: label }); b.addEventListener('click', () => copy(text(), label)); buttons.append(b, ' '); };
  button('copy as curl', () => asCurl(exchange));
  button('copy as fetch', () => asFetch(exchange));
  if (exchange.protocol === 'soap' && exchange.request.body) button('copy raw envelope', () => exchange.request.body);
  buttons.append(el('span', { id: 'copy-state', className: 'muted' }));
  view.append(buttons, el('pre', { id: 'copied', className: 'copied' }));
  view.append(message('Request', exchange.request, exchange.method + ' ' + exchange.path));
  if (exchange.protocol === 'soap' && exchange.request.body) {
    view.append(el('details', {}, el('summary', { textContent: 'raw envelope, as sent' }), el('pre', { className: 'raw', textContent: exchange.request.body })));
  }
  view.append(message('Response', exchange.response, String(exchange.status)));
}

function connect(after) {
  const source = new EventSource(prefix + '/inspect/events?after=' + after);
  source.addEventListener('open', () => { byId('live').textContent = 'live'; });
  source.addEventListener('error', () => { byId('live').textContent = 'reconnecting…'; });
  source.addEventListener('exchange', (event) => add(JSON.parse(event.data), true));
}

byId('filter').addEventListener('change', () => { for (const tr of byId('exchanges').children) applyFilter(tr); });

async function loadFaults() {
  const settings = await (await fetch(prefix + '/inspect/faults')).json();
  for (const tr of byId('faults').querySelectorAll('tr[data-protocol]')) {
    for (const input of tr.querySelectorAll('input')) input.value = settings[tr.dataset.protocol][input.name];
  }
}

async function saveFaults(allOff) {
  const body = {};
  for (const tr of byId('faults').querySelectorAll('tr[data-protocol]')) {
    body[tr.dataset.protocol] = Object.fromEntries([...tr.querySelectorAll('input')].map((input) => [input.name, allOff && input.name !== 'failStatus' ? 0 : Number(input.value)]));
  }
  const response = await fetch(prefix + '/inspect/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = await response.json();
  byId('faults-state').textContent = response.ok ? 'saved' : answer.detail;
  if (response.ok) await loadFaults();
}
byId('faults').addEventListener('submit', (event) => { event.preventDefault(); void saveFaults(false); });
byId('faults-off').addEventListener('click', () => void saveFaults(true));

(async () => {
  const list = await (await fetch(prefix + '/inspect/exchanges?limit=200')).json();
  for (const exchange of list) add(exchange, false);
  connect(list[0] ? list[0].id : 0);
  await loadFaults();
})();
`;
