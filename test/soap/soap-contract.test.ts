import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import soap from 'soap';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { soapOperations } from '../../src/protocols/soap/operations.js';
import { soapActionOf } from '../../src/protocols/soap/soap-versions.js';
import { committedAddress, wsdlPath } from '../../src/protocols/soap/wsdl-document.js';
import type { Shape } from '../../src/protocols/soap/xml-shapes.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createTestKit } from '../support/test-kit.js';

const committed = readFileSync(wsdlPath, 'utf8');
type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (value === undefined ? [] : ([value].flat() as Node[]));
const wsdl = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, attributeNamePrefix: '' }).parse(committed).definitions as Node;
const schema = (wsdl.types as Node).schema as Node;
const complexTypes = new Map(list(schema.complexType).map((t) => [t.name as string, t]));
const elements = new Map(list(schema.element).map((e) => [e.name as string, e]));
const sequenceOf = (type: Node | undefined): Node[] => list((type?.sequence as Node | undefined)?.element);

/** The shape the XSD gives a sequence, in the notation of xml-shapes.ts. */
function shapeOfSequence(sequence: Node[]): Shape {
  return Object.fromEntries(
    sequence.map((element) => {
      const type = String(element.type);
      const named = complexTypes.get(type.replace('tns:', ''));
      const scalar = ({ 'xsd:int': 'int', 'xsd:long': 'long', 'xsd:dateTime': 'dateTime', 'xsd:boolean': 'boolean' } as const)[type] ?? 'string';
      const inner: Shape = named ? shapeOfSequence(sequenceOf(named)) : scalar;
      if (element.maxOccurs === 'unbounded') return [element.name, [inner]];
      return [element.name, element.minOccurs === '0' ? `${inner as string}?` : inner];
    }),
  );
}

describe('the WSDL and the operation table agree', () => {
  const portTypeOperations = list((wsdl.portType as Node).operation);

  it('declares exactly the operations of the table', () => {
    expect(portTypeOperations.map((op) => op.name).sort()).toEqual(soapOperations.map((op) => op.name).sort());
    expect(soapOperations).toHaveLength(24);
  });

  it('gives every operation a distinct soapAction in both bindings, literal bodies and the ShopFault', () => {
    for (const binding of list(wsdl.binding)) {
      const operations = list(binding.operation);
      expect(operations).toHaveLength(24);
      for (const op of operations) {
        expect((op.operation as Node).soapAction).toBe(soapActionOf(op.name as string));
        expect(((op.input as Node).body as Node).use).toBe('literal');
        expect(((op.input as Node).body as Node).namespace).toBeUndefined();
        expect(((op.fault as Node).fault as Node).name).toBe('ShopFault');
      }
    }
    for (const op of portTypeOperations) expect(String(op.documentation).length).toBeGreaterThan(10);
  });

  it('wraps each operation: one part naming an element called after the operation', () => {
    for (const message of list(wsdl.message)) {
      const parts = list(message.part);
      expect(parts).toHaveLength(1);
      expect(parts[0]?.element).toMatch(/^tns:\w+$/);
    }
    for (const op of soapOperations) {
      expect(elements.has(op.name), op.name).toBe(true);
      expect(elements.has(`${op.name}Response`), op.name).toBe(true);
    }
  });

  it.each(soapOperations.map((op) => [op.name, op] as const))('%s: the response shape and the input fields match the XSD', (name, op) => {
    const response = shapeOfSequence(sequenceOf(elements.get(`${name}Response`)?.complexType as Node));
    expect(response).toEqual(op.output);
    const inputNames = sequenceOf(elements.get(name)?.complexType as Node).map((e) => e.name);
    expect(inputNames).toEqual(Object.keys((op.input as z.ZodObject).shape));
    expect(Object.keys(op.sample).every((key) => inputNames.includes(key))).toBe(true);
  });

  it('loads in node-soap with both ports and every operation', async () => {
    const client = await soap.createClientAsync(wsdlPath, { disableCache: true });
    const ports = client.describe().ShopService as Record<string, Record<string, unknown>>;
    expect(Object.keys(ports)).toEqual(['ShopSoap11Port', 'ShopSoap12Port']);
    for (const port of Object.values(ports)) expect(Object.keys(port).sort()).toEqual(soapOperations.map((op) => op.name).sort());
  });
});

describe('GET /soap', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
  });
  afterAll(() => server.close());

  it('serves the committed WSDL, with the address of this server', async () => {
    const response = await fetch(`${server.url}/soap?wsdl`);
    expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const served = await response.text();
    expect(served).toContain(`location="${server.url}/soap"`);
    expect(served.replaceAll(`${server.url}/soap`, committedAddress)).toBe(committed);
  });

  it('uses the forwarded origin behind a trusted proxy, escaped', async () => {
    const { app } = createTestKit({ trustProxy: true });
    const response = await app.request('/soap?wsdl', { headers: { 'x-forwarded-host': 'shop.example"<x>', 'x-forwarded-proto': 'https' } });
    const served = await response.text();
    expect(served).toContain('location="https://shop.example&quot;&lt;x&gt;/soap"');
    expect(served).not.toContain('"<x>');
  });

  it('answers plain GET with a page listing every operation with SOAP 1.1 and 1.2 samples', async () => {
    const response = await fetch(`${server.url}/soap`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    for (const op of soapOperations) {
      expect(page).toContain(`id="${op.name}"`);
      expect(page).toContain(`SOAPAction: &quot;${soapActionOf(op.name)}&quot;`);
      expect(page).toContain(`application/soap+xml; charset=utf-8; action=&quot;${soapActionOf(op.name)}&quot;`);
    }
    expect(page).toContain('wsse:UsernameToken');
  });
});
