import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '@/backend/endpoints';
import { openApiDocument } from './openapi';

describe('docs/openapi.json', () => {
  it('is what the contract generates now (run npm run openapi after changing a schema or endpoint)', () => {
    const committed: unknown = JSON.parse(readFileSync('docs/openapi.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('describes every endpoint with its success answer', () => {
    const { paths = {} } = openApiDocument();
    for (const endpoint of ENDPOINTS) {
      const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
      const operation = (paths[path] as Record<string, { responses: Record<string, unknown> }> | undefined)?.[
        endpoint.method
      ];
      expect(operation?.responses[String(endpoint.success.status)], `${endpoint.method} ${path}`).toBeDefined();
    }
  });
});
