import { describe, expect, it } from 'vitest';
import { createHttpStreamParser, type HttpMessage } from '../../scripts/compare/http-stream-parser.js';

const collect = (kind: 'request' | 'response', nextIsHead = () => false) => {
  const messages: HttpMessage[] = [];
  return { messages, parser: createHttpStreamParser(kind, (m) => messages.push(m), nextIsHead) };
};

describe('HTTP/1.1 stream parser', () => {
  it('splits requests framed by Content-Length, even when they arrive byte by byte or two at once', () => {
    const wire = Buffer.from('POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGET /b HTTP/1.1\r\nHost: x\r\n\r\n');
    const byteByByte = collect('request');
    for (const byte of wire) byteByByte.parser.push(Buffer.from([byte]));
    const atOnce = collect('request');
    atOnce.parser.push(wire);
    for (const { messages } of [byteByByte, atOnce]) {
      expect(messages.map((m) => m.startLine)).toEqual(['POST /a HTTP/1.1', 'GET /b HTTP/1.1']);
      expect(messages[0]?.body.toString()).toBe('hello');
      expect(messages.reduce((sum, m) => sum + m.headBytes + m.bodyBytes, 0)).toBe(wire.length);
    }
  });

  it('reads a chunked response, counting the framing and leaving it out of the body', () => {
    const wire = Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n');
    const { messages, parser } = collect('response');
    parser.push(wire.subarray(0, 60));
    expect(messages).toHaveLength(0);
    parser.push(wire.subarray(60));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.body.toString()).toBe('hello world');
    expect((messages[0]?.headBytes ?? 0) + (messages[0]?.bodyBytes ?? 0)).toBe(wire.length);
  });

  it('knows 204, 304 and answers to HEAD have no body, and a close ends an unframed one', () => {
    const { messages, parser } = collect('response');
    parser.push(Buffer.from('HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n'));
    expect(messages.map((m) => m.bodyBytes)).toEqual([0, 0]);
    const head = collect('response', () => true);
    head.parser.push(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n'));
    expect(head.messages[0]?.bodyBytes).toBe(0);
    const unframed = collect('response');
    unframed.parser.push(Buffer.from('HTTP/1.0 200 OK\r\n\r\npartial '));
    unframed.parser.push(Buffer.from('body'));
    expect(unframed.messages).toHaveLength(0);
    unframed.parser.end();
    expect(unframed.messages[0]?.body.toString()).toBe('partial body');
  });

  it('parses header names case-insensitively', () => {
    const { messages, parser } = collect('response');
    parser.push(Buffer.from('HTTP/1.1 200 OK\r\nCONTENT-TYPE: text/xml\r\ncontent-length: 2\r\n\r\nok'));
    expect(messages[0]?.headers.get('content-type')).toBe('text/xml');
  });

  it('relays what it consumed, with each head as the rewrite left it, and counts the rewritten head', () => {
    const wire = Buffer.from('POST /a HTTP/1.1\r\nAccept-Encoding: br\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n');
    const sent: Buffer[] = [];
    const messages: HttpMessage[] = [];
    const parser = createHttpStreamParser('request', (m) => messages.push(m), undefined, {
      forward: (data) => sent.push(data),
      rewriteHead: (head) => head.replace(/\r\nAccept-Encoding: br/i, ''),
    });
    for (const byte of wire) parser.push(Buffer.from([byte]));
    const relayed = Buffer.concat(sent).toString('latin1');
    expect(relayed).toBe(wire.toString('latin1').replace('\r\nAccept-Encoding: br', ''));
    expect(messages.map((m) => m.head)).toEqual(['POST /a HTTP/1.1\r\nTransfer-Encoding: chunked', 'GET /b HTTP/1.1\r\nHost: x']);
    expect(messages[0]?.body.toString()).toBe('abc');
    expect(messages.reduce((sum, m) => sum + m.headBytes + m.bodyBytes, 0)).toBe(Buffer.byteLength(relayed));
  });
});
