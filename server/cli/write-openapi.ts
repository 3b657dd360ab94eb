/** `npm run openapi`: writes docs/openapi.json from the endpoint table and the contract's schemas. */
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../openapi';

const OPENAPI_FILE = 'docs/openapi.json';

writeFileSync(OPENAPI_FILE, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`Wrote ${OPENAPI_FILE}`);
