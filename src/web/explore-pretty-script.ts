/**
 * Browser code (inlined in the explorer page): bodies pretty-printed as HTML — JSON indented,
 * XML indented and coloured — with the values a scenario used marked. `used` is a Set of
 * "name\u0000value" strings (see explore-fields.ts for how the server picks them).
 */
export const prettyScript = String.raw`
const esc = (text) => String(text).replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]);
const markOf = (used, key, value) => (used.has(key + '\u0000' + value) ? ' used' : '');

function jsonHtml(value, used, key = '', pad = '') {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[\n' + value.map((item) => pad + '  ' + jsonHtml(item, used, key, pad + '  ')).join(',\n') + '\n' + pad + ']';
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return '{\n' + entries.map(([name, item]) => pad + '  <span class="k">' + esc(JSON.stringify(name)) + '</span>: ' + jsonHtml(item, used, name, pad + '  ')).join(',\n') + '\n' + pad + '}';
  }
  const kind = value === null ? 'n' : typeof value === 'string' ? 's' : typeof value === 'number' ? 'd' : 'b';
  return '<span class="' + kind + (value === null ? '' : markOf(used, key, String(value))) + '">' + esc(JSON.stringify(value)) + '</span>';
}

const tagHtml = (tag) =>
  '<span class="t">' + esc(tag).replace(/(\s)([\w:.-]+)=(&quot;.*?&quot;|'[^']*')/g, '$1<span class="a">$2</span>=<span class="s">$3</span>') + '</span>';

function xmlHtml(text, used) {
  const tokens = text.match(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[^>]+>|[^<]+/g) || [];
  const lines = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (/^\s+$/.test(token)) continue;
    const pad = '  '.repeat(depth);
    if (token.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + tagHtml(token));
    } else if (token.startsWith('<?') || token.startsWith('<!')) {
      lines.push(pad + tagHtml(token));
    } else if (token.startsWith('<')) {
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      if (token.endsWith('/>')) {
        lines.push(pad + tagHtml(token));
      } else if (next !== undefined && next.startsWith('</')) {
        lines.push(pad + tagHtml(token) + tagHtml(next));
        i += 1;
      } else if (next !== undefined && !next.startsWith('<') && after !== undefined && after.startsWith('</')) {
        const name = token.slice(1).split(/[\s>/]/)[0].replace(/^[\w.-]+:/, '');
        lines.push(pad + tagHtml(token) + '<span class="x' + markOf(used, name, next.trim()) + '">' + esc(next) + '</span>' + tagHtml(after));
        i += 2;
      } else {
        lines.push(pad + tagHtml(token));
        depth += 1;
      }
    } else {
      lines.push(pad + '<span class="x">' + esc(token.trim()) + '</span>');
    }
  }
  return lines.join('\n');
}

/** A body by its media type; anything else as plain text. */
function bodyHtml(body, contentType, used) {
  if (!body) return '<span class="n">(no body)</span>';
  if (/json/i.test(contentType)) {
    try {
      return jsonHtml(JSON.parse(body), used);
    } catch {
      return esc(body);
    }
  }
  if (/xml/i.test(contentType)) return xmlHtml(body, used);
  return esc(body);
}

/** The plain text of pretty-printed HTML: what an editor starts from. */
function plainOf(html) {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.textContent;
}
`;
