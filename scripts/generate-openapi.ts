import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serializeOpenApiDocument } from '../src/protocols/rest/openapi-document.js';

/** Where the OpenAPI document is committed (a drift test compares it with the code). */
export const openApiDocumentPath = fileURLToPath(new URL('../schemas/openapi.json', import.meta.url));

/** Writes schemas/openapi.json from the REST route definitions. */
export async function generateOpenApiDocument(): Promise<void> {
  await writeFile(openApiDocumentPath, serializeOpenApiDocument());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await generateOpenApiDocument();
  process.stdout.write(`wrote ${openApiDocumentPath}\n`);
}
