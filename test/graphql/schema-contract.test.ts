import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadShopTypeDefs, shopSchemaPath } from '../../src/protocols/graphql/load-type-defs.js';
import { renderGraphqlServerTypes } from '../../scripts/generate-graphql-types.js';
import { graphqlServerTypesPath } from '../../codegen.server.js';
import { createTestKit } from '../support/test-kit.js';

const committedSdl = readFileSync(new URL('../../schemas/shop.graphql', import.meta.url), 'utf8');

describe('the GraphQL contract', () => {
  it('is the committed schemas/shop.graphql, and the server serves exactly it', async () => {
    expect(shopSchemaPath.endsWith('schemas/shop.graphql')).toBe(true);
    expect(loadShopTypeDefs()).toBe(committedSdl);
    const { gql } = createTestKit();
    const result = await gql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true }));
    expect(printSchema(buildClientSchema(result.body.data!))).toBe(printSchema(buildSchema(committedSdl)));
  });

  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema(committedSdl);
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if ('getValues' in type) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('uses the entity field names of src/domain/entities.ts', () => {
    const schema = buildSchema(committedSdl);
    const fieldsOf = (name: string) => Object.keys((schema.getType(name) as unknown as { getFields(): object }).getFields());
    expect(fieldsOf('Category')).toEqual(expect.arrayContaining(['id', 'name', 'slug', 'description']));
    expect(fieldsOf('Product')).toEqual(expect.arrayContaining(['id', 'sku', 'name', 'description', 'priceCents', 'currency', 'stock', 'categoryId', 'createdAt', 'updatedAt']));
    expect(fieldsOf('Review')).toEqual(expect.arrayContaining(['id', 'productId', 'customerId', 'rating', 'title', 'body', 'createdAt']));
    expect(fieldsOf('Customer')).toEqual(expect.arrayContaining(['id', 'email', 'name', 'role', 'createdAt']));
    expect(fieldsOf('Customer')).not.toContain('passwordHash');
    expect(fieldsOf('Order')).toEqual(expect.arrayContaining(['id', 'customerId', 'status', 'items', 'totalCents', 'createdAt', 'updatedAt']));
    expect(fieldsOf('OrderItem')).toEqual(expect.arrayContaining(['productId', 'quantity', 'unitPriceCents']));
    expect(fieldsOf('Cart')).toEqual(['items', 'totalCents']);
  });

  it('has committed resolver types that match the schema (run `npm run generate` if not)', async () => {
    const committed = readFileSync(new URL(`../../${graphqlServerTypesPath}`, import.meta.url), 'utf8');
    expect(await renderGraphqlServerTypes()).toBe(committed);
  });
});
