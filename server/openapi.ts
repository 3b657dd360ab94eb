import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { apiErrorBodySchema } from '@/api/contract';
import { ENDPOINTS } from '@/backend/endpoints';

const ERROR_STATUS: Record<string, number> = {
  bad_request: 400,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  cancel_window_closed: 409,
  not_cancellable: 409,
  refund_already_requested: 409,
  payload_too_large: 413,
  validation: 422,
  field_locked: 422,
  shipping_method_unavailable: 422,
  refund_not_allowed: 422,
};

const json = (schema: unknown) => ({ 'application/json': { schema } }) as never;

/** The API as OpenAPI 3.1, made from the endpoint table and the contract's schemas (nothing written by hand). */
export function openApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of ENDPOINTS) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const pathParams = [...endpoint.path.matchAll(/:(\w+)/g)].map(([, name]) => name as string);
    const responses: ZodOpenApiOperationObject['responses'] = {
      [String(endpoint.success.status)]: { description: 'Success', content: json(endpoint.success.schema) },
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
        ...Object.entries(endpoint.headers ?? {}).map(([name, description]) => ({
          in: 'header' as const,
          name,
          description,
          required: true,
          schema: { type: 'string' as const },
        })),
      ],
      ...(endpoint.query ? { requestParams: { query: endpoint.query as never } } : {}),
      ...(endpoint.body ? { requestBody: { required: true, content: json(endpoint.body) } } : {}),
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
    paths,
  });
}
