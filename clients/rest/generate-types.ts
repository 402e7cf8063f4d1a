import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where the REST client's types live (committed; `npm run generate` rewrites them). */
export const restTypesPath = 'clients/rest/generated/schema.d.ts';

/**
 * The REST client types exactly as `openapi-typescript schemas/openapi.json -o …` writes them,
 * from an OpenAPI document given as text (the committed file, or one rendered in memory).
 */
export async function renderRestClientTypes(openApiDocument: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(openApiDocument) as Parameters<typeof openapiTS>[0], { silent: true });
  return `${COMMENT_HEADER}${astToString(ast)}`;
}

/** Writes clients/rest/generated/schema.d.ts from the given OpenAPI document. */
export async function generateRestClientTypes(openApiDocument: string): Promise<void> {
  await writeFile(fileURLToPath(new URL(`../../${restTypesPath}`, import.meta.url)), await renderRestClientTypes(openApiDocument));
}
