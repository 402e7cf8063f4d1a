/**
 * Browser code of the SOAP console on GET /soap: send any operation's envelope as SOAP 1.1 or
 * 1.2 from the page, log in once for a bearer token (kept in memory, never drawn) or insert a
 * WS-Security UsernameToken, and read the answer indented and coloured, faults in red.
 * Needs `xmlHtml` and `esc` (the explorer's pretty-printer, inlined before it).
 */
export const soapConsoleScript = String.raw`
const shop = 'http://api-playground.example/shop/v1';
const wsse = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const passwordText = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText';
const namespaces = { '1.1': 'http://schemas.xmlsoap.org/soap/envelope/', '1.2': 'http://www.w3.org/2003/05/soap-envelope' };
const endpoint = location.pathname.replace(/\/+$/, '');
const versionSelect = document.getElementById('soap-version');
const helper = document.getElementById('login-helper');
let bearerToken = '';

const version = () => versionSelect.value;
const xmlEscape = (text) => text.replace(/[&<>"']/g, (ch) => '&#' + ch.charCodeAt(0) + ';');

function headersFor(operation) {
  const action = shop + '/' + operation;
  return version() === '1.1'
    ? { 'content-type': 'text/xml; charset=utf-8', soapaction: '"' + action + '"' }
    : { 'content-type': 'application/soap+xml; charset=utf-8; action="' + action + '"' };
}

/** The version switch keeps a learner's edits: only the envelope namespace changes. */
versionSelect.addEventListener('change', () => {
  const [from, to] = version() === '1.2' ? [namespaces['1.1'], namespaces['1.2']] : [namespaces['1.2'], namespaces['1.1']];
  for (const area of document.querySelectorAll('textarea.envelope')) area.value = area.value.split(from).join(to);
});

async function post(operation, envelope) {
  const headers = headersFor(operation);
  if (bearerToken && helper.elements.bearer.checked) headers.authorization = 'Bearer ' + bearerToken;
  const started = performance.now();
  const response = await fetch(endpoint, { method: 'POST', headers, body: envelope, credentials: 'omit' });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') || '', text, ms: Math.round(performance.now() - started) };
}

function show(target, answer) {
  const fault = /<([\w.-]+:)?Fault[\s>]/.test(answer.text);
  const reason = (/<(?:[\w.-]+:)?(?:faultstring|Text)[^>]*>([^<]*)</.exec(answer.text) || [])[1];
  const code = (/<(?:[\w.-]+:)?code>([^<]*)</.exec(answer.text) || [])[1];
  target.className = 'answer' + (fault ? ' fault' : '');
  target.innerHTML =
    '<div class="answer-head">HTTP ' + answer.status + ' · ' + esc(answer.type) + ' · ' + answer.ms + ' ms' +
    (fault ? ' · <strong>fault' + (code ? ' ' + esc(code) : '') + (reason ? ': ' + esc(reason) : '') + '</strong>' : '') + '</div>' +
    '<pre>' + xmlHtml(answer.text, new Set()) + '</pre>';
}

function securityHeader(envelope, email, password) {
  const prefix = (/<([\w.-]+):Envelope/.exec(envelope) || [])[1] || 'soap';
  return '  <' + prefix + ':Header>\n    <wsse:Security xmlns:wsse="' + wsse + '">\n      <wsse:UsernameToken>\n' +
    '        <wsse:Username>' + xmlEscape(email) + '</wsse:Username>\n' +
    '        <wsse:Password Type="' + passwordText + '">' + xmlEscape(password) + '</wsse:Password>\n' +
    '      </wsse:UsernameToken>\n    </wsse:Security>\n  </' + prefix + ':Header>\n';
}

for (const section of document.querySelectorAll('section.operation')) {
  const operation = section.id;
  const area = section.querySelector('textarea.envelope');
  const answer = section.querySelector('.answer');
  section.querySelector('button.send').addEventListener('click', async () => {
    answer.textContent = 'sending…';
    try {
      show(answer, await post(operation, area.value));
    } catch (error) {
      answer.textContent = String(error.message || error);
    }
  });
  section.querySelector('button.copy').addEventListener('click', () => navigator.clipboard.writeText(area.value));
  section.querySelector('button.wsse').addEventListener('click', () => {
    const withoutHeader = area.value.replace(/\s*<([\w.-]+:)?Header[\s>][\s\S]*?<\/([\w.-]+:)?Header>/, '');
    const header = securityHeader(withoutHeader, helper.elements.email.value, helper.elements.password.value);
    area.value = withoutHeader.replace(/\s*(<([\w.-]+:)?Body[\s>])/, (_all, tag) => '\n' + header + '  ' + tag);
  });
}

for (const button of document.querySelectorAll('button.copy-text')) {
  button.addEventListener('click', () => navigator.clipboard.writeText(document.getElementById(button.dataset.for).textContent));
}

helper.addEventListener('submit', async (event) => {
  event.preventDefault();
  const note = document.getElementById('login-note');
  const envelope = '<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:soap="' + namespaces[version()] + '" xmlns:shop="' + shop + '">\n' +
    '  <soap:Body>\n    <shop:Login>\n      <shop:email>' + xmlEscape(helper.elements.email.value) + '</shop:email>\n' +
    '      <shop:password>' + xmlEscape(helper.elements.password.value) + '</shop:password>\n    </shop:Login>\n  </soap:Body>\n</soap:Envelope>\n';
  const saved = helper.elements.bearer.checked;
  helper.elements.bearer.checked = false;
  const answer = await post('Login', envelope);
  const token = (/<(?:[\w.-]+:)?token>([^<]+)</.exec(answer.text) || [])[1];
  if (token) {
    bearerToken = token;
    helper.elements.bearer.checked = true;
    note.textContent = 'Logged in: every Send now carries Authorization: Bearer <token> (kept in this page only, not shown).';
  } else {
    helper.elements.bearer.checked = saved;
    note.textContent = 'Login failed (HTTP ' + answer.status + ').';
  }
  show(document.getElementById('login-answer'), { ...answer, text: answer.text.replace(/(<(?:[\w.-]+:)?token>)[^<]*/, '$1[not shown]') });
});
`;
