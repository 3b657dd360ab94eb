/**
 * The HTTP API's shapes: the one source of truth for the client (which parses every answer), the
 * mock and the server (which validate every request), the OpenAPI document and the tests. Kept in
 * parts so the first page loads only what it parses: answers and queries, not the write bodies.
 */
export * from './contract/http';
export * from './contract/queries';
export * from './contract/answers';
export * from './contract/bodies';
export { orderStatusSchema } from '@/domain';
