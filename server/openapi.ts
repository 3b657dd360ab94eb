import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { apiErrorBodySchema, ERROR_STATUS } from '@/api/contract';
import { ENDPOINTS } from '@/backend/endpoints';
import { SESSION_ENDPOINTS } from '@/backend/session-endpoints';
import { SESSION_COOKIE } from '@/backend/session-service';

const json = (schema: unknown) => ({ 'application/json': { schema } }) as never;

/** The API as OpenAPI 3.1, made from the endpoint table and the contract's schemas (nothing written by hand). */
export function openApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  const endpoints = [
    ...Object.values(SESSION_ENDPOINTS).map((endpoint) => ({ ...endpoint, signedIn: false })),
    ...ENDPOINTS.map((endpoint) => ({
      ...endpoint,
      signedIn: true,
      errors: ['unauthenticated' as const, ...endpoint.errors],
    })),
  ];
  for (const endpoint of endpoints) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const pathParams = [...endpoint.path.matchAll(/:(\w+)/g)].map(([, name]) => name as string);
    const schema = 'schema' in endpoint.success ? endpoint.success.schema : undefined;
    const responses: ZodOpenApiOperationObject['responses'] = {
      [String(endpoint.success.status)]: { description: 'Success', ...(schema ? { content: json(schema) } : {}) },
    };
    const byStatus = new Map<number, string[]>();
    for (const code of endpoint.errors) {
      const status = ERROR_STATUS[code] ?? 400;
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    for (const [status, codes] of byStatus) {
      responses[String(status) as '400'] = {
        description: `Error: ${codes.join(', ')}`,
        content: json(apiErrorBodySchema),
      };
    }
    const operation: ZodOpenApiOperationObject = {
      summary: endpoint.summary,
      parameters: [
        ...pathParams.map((name) => ({
          in: 'path' as const,
          name,
          required: true,
          schema: { type: 'string' as const },
        })),
        ...Object.entries('headers' in endpoint ? (endpoint.headers ?? {}) : {}).map(([name, description]) => ({
          in: 'header' as const,
          name,
          description,
          required: true,
          schema: { type: 'string' as const },
        })),
      ],
      ...('query' in endpoint && endpoint.query ? { requestParams: { query: endpoint.query as never } } : {}),
      ...('body' in endpoint && endpoint.body ? { requestBody: { required: true, content: json(endpoint.body) } } : {}),
      ...(endpoint.signedIn ? {} : { security: [] }),
      responses,
    };
    paths[path] = { ...paths[path], [endpoint.method]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Orderdesk API',
      version: '1.0.0',
      description: 'A merchant’s orders. Errors are { code, message, ...details }; money is integer cents.',
    },
    servers: [{ url: '/api' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
    },
    security: [{ session: [] }],
    paths,
  });
}
