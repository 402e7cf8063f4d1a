/**
 * Browser code of /explore: runs a scenario (POST explore/runs), draws one column per protocol,
 * and lets a learner edit any request and resend it from the page (same origin, over fetch).
 * Tokens the page gets by logging in stay in memory and are never drawn.
 */
export const exploreScript = String.raw`
const data = JSON.parse(document.getElementById('explore-data').textContent);
const form = document.getElementById('run-form');
const statusLine = document.getElementById('run-status');
const kb = (n) => (n < 1024 ? n + ' B' : (n / 1024).toFixed(1) + ' KB');
const tokens = {};
let lastAccount = 'anonymous';

async function tokenFor(account) {
  if (!tokens[account]) {
    const credentials = data.accounts[account];
    const response = await fetch(data.prefix + '/rest/auth/login', {
      method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials),
    });
    if (!response.ok) throw new Error('Logging in as ' + account + ' answered ' + response.status);
    tokens[account] = (await response.json()).token;
  }
  return tokens[account];
}

function headersHtml(headers) {
  return Object.entries(headers).map(([name, value]) => '<span class="k">' + esc(name) + '</span>: ' + esc(value)).join('\n');
}

function requestBodyHtml(exchange) {
  const type = exchange.request.headers['content-type'] || '';
  if (exchange.protocol === 'graphql' && /json/i.test(type)) {
    try {
      const { query, variables, operationName } = JSON.parse(exchange.request.body);
      return '<div class="label">document</div><pre class="document">' + esc(query) + '</pre>' +
        '<div class="label">variables' + (operationName ? ' · operationName ' + esc(operationName) : '') + '</div>' +
        '<pre class="body">' + jsonHtml(variables ?? {}, new Set()) + '</pre>';
    } catch { /* shown as sent below */ }
  }
  return '<pre class="body">' + bodyHtml(exchange.request.body, type, new Set()) + '</pre>';
}

function isFault(exchange) {
  return exchange.status >= 400 || /<([\w.-]+:)?Fault[\s>]/.test(exchange.response.body) || /"errors"\s*:/.test(exchange.response.body);
}

function card(exchange, index) {
  const used = new Set((exchange.used || []).map(([name, value]) => name + '\u0000' + value));
  const article = document.createElement('article');
  article.className = 'exchange' + (isFault(exchange) ? ' failed' : '') + (exchange.resent ? ' resent' : '');
  const cut = (message) => (message.truncated ? '<div class="cut">truncated: ' + kb(message.bytes) + ' in all</div>' : '');
  const fields = exchange.fieldsReceived ? ' · fields used ' + exchange.fieldsUsed + '/' + exchange.fieldsReceived : '';
  article.innerHTML =
    '<header><b>' + (exchange.resent ? 'resent' : '#' + index) + '</b> ' + esc(exchange.operation) + ' → <span class="status">' + exchange.status + '</span>' +
    ' · ' + exchange.durationMs + ' ms · ↑ ' + kb(exchange.request.bytes) + ' ↓ ' + kb(exchange.response.bytes) + fields + '</header>' +
    '<div class="request"><div class="request-line">' + esc(exchange.method + ' ' + exchange.path) + '</div>' +
    '<details><summary>request headers</summary><pre>' + headersHtml(exchange.request.headers) + '</pre></details>' +
    requestBodyHtml(exchange) + cut(exchange.request) + '</div>' +
    '<div class="response"><div class="status-line">HTTP ' + exchange.status + '</div>' +
    '<details><summary>response headers</summary><pre>' + headersHtml(exchange.response.headers) + '</pre></details>' +
    '<pre class="body">' + bodyHtml(exchange.response.body, exchange.response.headers['content-type'] || '', used) + '</pre>' + cut(exchange.response) + '</div>';
  const edit = document.createElement('button');
  edit.type = 'button';
  edit.className = 'edit';
  edit.textContent = 'Edit and resend';
  edit.addEventListener('click', () => article.after(editor(exchange)));
  article.append(edit);
  return article;
}

function field(label, control) {
  const wrap = document.createElement('label');
  wrap.append(label, control);
  return wrap;
}

function textArea(name, value, rows) {
  const area = document.createElement('textarea');
  area.name = name;
  area.value = value;
  area.rows = rows;
  area.spellcheck = false;
  return area;
}

function input(name, value) {
  const box = document.createElement('input');
  box.name = name;
  box.value = value;
  return box;
}
`;
