/**
 * Browser code of /explore, second half: the editor under an exchange (REST path, query and
 * body; GraphQL document and variables; SOAP envelope), the resend, and the run itself.
 */
export const exploreEditScript = String.raw`
const soapOperationOf = (envelope) => (/<([\w.-]+:)?Body[^>]*>\s*<(?:[\w.-]+:)?([\w]+)/.exec(envelope) || [])[2] || '';

function requestFrom(exchange, controls) {
  const headers = {};
  const type = exchange.request.headers['content-type'] || '';
  if (exchange.protocol === 'rest') {
    const method = controls.method.value.trim().toUpperCase() || 'GET';
    const body = controls.body.value.trim();
    if (body) headers['content-type'] = 'application/json';
    return { method, path: controls.path.value.trim(), headers, body: body && method !== 'GET' && method !== 'HEAD' ? body : undefined };
  }
  if (exchange.protocol === 'graphql') {
    headers['content-type'] = 'application/json';
    headers.accept = 'application/graphql-response+json, application/json';
    const variables = controls.variables.value.trim() ? JSON.parse(controls.variables.value) : {};
    return { method: 'POST', path: exchange.path, headers, body: JSON.stringify({ query: controls.document.value, variables }) };
  }
  const envelope = controls.envelope.value;
  const action = 'http://api-playground.example/shop/v1/' + soapOperationOf(envelope);
  if (/soap\+xml/i.test(type)) headers['content-type'] = 'application/soap+xml; charset=utf-8; action="' + action + '"';
  else Object.assign(headers, { 'content-type': 'text/xml; charset=utf-8', soapaction: '"' + action + '"' });
  return { method: 'POST', path: exchange.path, headers, body: envelope };
}

async function resend(exchange, request, withToken) {
  const headers = { ...request.headers };
  if (withToken) headers.authorization = 'Bearer ' + (await tokenFor(lastAccount));
  const started = performance.now();
  const response = await fetch(request.path, { method: request.method, headers, body: request.body, credentials: 'omit' });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const shown = { ...request.headers, ...(withToken ? { authorization: 'Bearer [redacted]' } : {}) };
  const protocol = exchange.protocol;
  return {
    protocol, method: request.method, path: request.path, status: response.status, durationMs, resent: true, used: [],
    operation: protocol === 'soap' ? soapOperationOf(request.body || '') : protocol === 'graphql' ? 'query (edited)' : request.method + ' ' + request.path.split('?')[0],
    request: { headers: shown, body: request.body || '', bytes: new TextEncoder().encode(request.body || '').length, truncated: false },
    response: { headers: Object.fromEntries(response.headers), body: new TextDecoder().decode(bytes), bytes: bytes.length, truncated: false },
  };
}

function editor(exchange) {
  const box = document.createElement('form');
  box.className = 'editor';
  const controls = {};
  const type = exchange.request.headers['content-type'] || '';
  if (exchange.protocol === 'rest') {
    controls.method = input('method', exchange.method);
    controls.path = input('path', exchange.path);
    controls.body = textArea('body', exchange.request.body ? plainOf(bodyHtml(exchange.request.body, type, new Set())) : '', 4);
    box.append(field('method', controls.method), field('path and query', controls.path), field('JSON body', controls.body));
  } else if (exchange.protocol === 'graphql') {
    let sent = { query: '', variables: {} };
    try { sent = JSON.parse(exchange.request.body); } catch { /* start empty */ }
    controls.document = textArea('document', sent.query || '', 10);
    controls.variables = textArea('variables', JSON.stringify(sent.variables || {}, null, 2), 3);
    box.append(field('document', controls.document), field('variables (JSON)', controls.variables));
  } else {
    controls.envelope = textArea('envelope', plainOf(xmlHtml(exchange.request.body, new Set())), 12);
    box.append(field('envelope (SOAP ' + (/soap\+xml/i.test(type) ? '1.2' : '1.1') + ')', controls.envelope));
  }
  const hadToken = 'authorization' in exchange.request.headers && lastAccount !== 'anonymous';
  const token = document.createElement('input');
  token.type = 'checkbox';
  token.checked = hadToken;
  if (lastAccount !== 'anonymous') box.append(field('send as the demo ' + lastAccount + ' (a token this page logs in for) ', token));
  const send = document.createElement('button');
  send.textContent = 'Send';
  const note = document.createElement('span');
  note.className = 'note';
  box.append(send, note);
  box.addEventListener('submit', async (event) => {
    event.preventDefault();
    note.textContent = 'sending…';
    try {
      const sent = await resend(exchange, requestFrom(exchange, controls), token.checked && lastAccount !== 'anonymous');
      box.after(card(sent, 0));
      note.textContent = 'answered ' + sent.status;
    } catch (error) {
      note.textContent = String(error.message || error);
    }
  });
  return box;
}

function metricsHtml(run) {
  const m = run.metrics;
  return '<span>' + m.roundTrips + ' round trip' + (m.roundTrips === 1 ? '' : 's') + '</span><span>↑ ' + kb(m.requestBytes) + ' ↓ ' + kb(m.responseBytes) + '</span>' +
    '<span>' + m.latencyMs + ' ms</span><span>fields used ' + m.fieldsUsed + ' of ' + m.fieldsReceived + ' received</span>' +
    (run.failure ? '<span class="failure">client failed: ' + esc(run.failure) + '</span>' : '');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const scenario = form.elements.scenario.value;
  const account = form.elements.account.value;
  statusLine.textContent = 'running…';
  const response = await fetch(data.prefix + '/explore/runs', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario, account }),
  });
  const result = await response.json();
  if (!response.ok) {
    statusLine.textContent = result.detail || 'the run failed (' + response.status + ')';
    return;
  }
  lastAccount = account;
  statusLine.textContent = result.scenario.title + (account === 'anonymous' ? ', anonymously' : ', as the demo ' + account);
  for (const protocol of ['rest', 'graphql', 'soap']) {
    const column = document.querySelector('[data-protocol="' + protocol + '"]');
    column.querySelector('.metrics').innerHTML = metricsHtml(result[protocol]);
    const list = column.querySelector('.exchanges');
    list.replaceChildren(...result[protocol].exchanges.map((exchange, index) => card(exchange, index + 1)));
  }
});
`;
