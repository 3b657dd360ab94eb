import { http } from 'msw';
import {
  createOrderBodySchema,
  idsBodySchema,
  orderIdsParamsSchema,
  orderListParamsSchema,
  patchOrderBodySchema,
  refundRequestBodySchema,
} from '@/api/contract';
import type { BackendApi } from '../backend/backend-api';
import type { FaultInjector } from '../backend/faults';
import { api, json, parseWith, readBody, respond, searchParams, withFaults } from './http';

export function orderHandlers(backend: () => BackendApi, faults?: FaultInjector) {
  return [
    http.get(
      api('/orders'),
      withFaults(faults, async ({ request }) => {
        const params = parseWith(orderListParamsSchema, searchParams(request));
        if (!params.ok) return params.response;
        // A sort or search before the indexes are built waits for them without freezing the page.
        return json(await backend().list(params.data));
      }),
    ),

    http.get(
      api('/orders/ids'),
      withFaults(faults, async ({ request }) => {
        const params = parseWith(orderIdsParamsSchema, searchParams(request));
        if (!params.ok) return params.response;
        return json(await backend().ids(params.data));
      }),
    ),

    http.post(
      api('/orders/bulk-delete'),
      withFaults(faults, async ({ request }) => {
        const body = await readBody(request, idsBodySchema);
        if (!body.ok) return body.response;
        return json(await backend().bulkDelete(body.data.ids));
      }),
    ),

    http.post(
      api('/orders/restore'),
      withFaults(faults, async ({ request }) => {
        const body = await readBody(request, idsBodySchema);
        if (!body.ok) return body.response;
        return json(await backend().restore(body.data.ids));
      }),
    ),

    http.get(
      api('/orders/:id'),
      withFaults(faults, async ({ params }) => respond(await backend().get(String(params.id)))),
    ),

    http.post(
      api('/orders'),
      withFaults(faults, async ({ request }) => {
        const body = await readBody(request, createOrderBodySchema);
        if (!body.ok) return body.response;
        return respond(await backend().create(body.data));
      }),
    ),

    http.patch(
      api('/orders/:id'),
      withFaults(faults, async ({ request, params }) => {
        const body = await readBody(request, patchOrderBodySchema);
        if (!body.ok) return body.response;
        return respond(await backend().patch(String(params.id), body.data));
      }),
    ),

    http.post(
      api('/orders/:id/cancel'),
      withFaults(faults, async ({ params }) => respond(await backend().cancel(String(params.id)))),
    ),

    http.post(
      api('/orders/:id/refund-requests'),
      withFaults(faults, async ({ request, params }) => {
        const body = await readBody(request, refundRequestBodySchema);
        if (!body.ok) return body.response;
        const key = request.headers.get('Idempotency-Key');
        return respond(await backend().requestRefund(String(params.id), body.data, key));
      }),
    ),
  ];
}
