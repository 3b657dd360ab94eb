import { http } from 'msw';
import {
  createOrderBodySchema,
  idsBodySchema,
  orderIdsParamsSchema,
  orderListParamsSchema,
  patchOrderBodySchema,
  refundRequestBodySchema,
} from '@/api/contract';
import type { DemoBackend } from '../backend/demo-backend';
import type { FaultInjector } from '../backend/faults';
import { api, json, parseWith, readBody, respond, searchParams, withFaults } from './http';

export function orderHandlers(backend: () => DemoBackend, faults?: FaultInjector) {
  return [
    http.get(
      api('/orders'),
      withFaults(faults, ({ request }) => {
        const params = parseWith(orderListParamsSchema, searchParams(request));
        return params.ok ? json(backend().list(params.data)) : params.response;
      }),
    ),

    http.get(
      api('/orders/ids'),
      withFaults(faults, ({ request }) => {
        const params = parseWith(orderIdsParamsSchema, searchParams(request));
        return params.ok ? json(backend().ids(params.data)) : params.response;
      }),
    ),

    http.post(
      api('/orders/bulk-delete'),
      withFaults(faults, async ({ request }) => {
        const body = await readBody(request, idsBodySchema);
        return body.ok ? json(backend().bulkDelete(body.data.ids)) : body.response;
      }),
    ),

    http.post(
      api('/orders/restore'),
      withFaults(faults, async ({ request }) => {
        const body = await readBody(request, idsBodySchema);
        return body.ok ? json(backend().restore(body.data.ids)) : body.response;
      }),
    ),

    http.get(
      api('/orders/:id'),
      withFaults(faults, ({ params }) => respond(backend().get(String(params.id)))),
    ),

    http.post(
      api('/orders'),
      withFaults(faults, async ({ request }) => {
        const body = await readBody(request, createOrderBodySchema);
        return body.ok ? respond(backend().create(body.data)) : body.response;
      }),
    ),

    http.patch(
      api('/orders/:id'),
      withFaults(faults, async ({ request, params }) => {
        const body = await readBody(request, patchOrderBodySchema);
        return body.ok ? respond(backend().patch(String(params.id), body.data)) : body.response;
      }),
    ),

    http.post(
      api('/orders/:id/cancel'),
      withFaults(faults, ({ params }) => respond(backend().cancel(String(params.id)))),
    ),

    http.post(
      api('/orders/:id/refund-requests'),
      withFaults(faults, async ({ request, params }) => {
        const body = await readBody(request, refundRequestBodySchema);
        if (!body.ok) return body.response;
        const key = request.headers.get('Idempotency-Key');
        return respond(backend().requestRefund(String(params.id), body.data, key));
      }),
    ),
  ];
}
