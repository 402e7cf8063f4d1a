import { describe, expect, it } from 'vitest';
import { checkXmlSafety } from '../../src/protocols/soap/safe-xml.js';
import { escapeXml, unescapeXml } from '../../src/protocols/soap/xml-text.js';

describe('XML text helpers', () => {
  it('escapes markup and replaces characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('bell\u0007 and \uD800 lone')).toBe('bell\uFFFD and \uFFFD lone');
    expect(escapeXml('plain ☕ text 😀')).toBe('plain ☕ text 😀');
  });

  it('resolves only the predefined entities and valid character references', () => {
    expect(unescapeXml('&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; &#65;&#x1F600;')).toBe(`<b> & "q" 's' A😀`);
    expect(unescapeXml('&nbsp;')).toBeUndefined();
    expect(unescapeXml('&#0;')).toBeUndefined();
    expect(unescapeXml('fish & chips')).toBeUndefined();
  });

  it('lets an ordinary envelope through the safety checks', () => {
    expect(() =>
      checkXmlSafety('\uFEFF<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="urn:x"><!-- note --><s:Body><![CDATA[<x>]]></s:Body></s:Envelope>'),
    ).not.toThrow();
  });
});
