import autocannon from 'autocannon';

export interface LoadFigures {
  p50: number;
  p99: number;
  max: number;
  rps: number;
  requests: number;
  errors: number;
}

export interface LoadRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/**
 * Drives the server with autocannon: `connections` at once for `seconds`, each request made by
 * `next` (so a write can take a fresh order every time). Any answer but 2xx counts as an error.
 */
export async function drive(
  baseUrl: string,
  cookie: string,
  {
    connections,
    seconds,
    amount,
    next,
    expectStatus = 200,
  }: {
    connections: number;
    seconds: number;
    /** Stop after this many requests (a write's pool of orders) instead of after `seconds`. */
    amount?: number;
    next: () => LoadRequest;
    expectStatus?: number;
  },
): Promise<LoadFigures> {
  let wrong = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    ...(amount ? { amount } : { duration: seconds }),
    headers: { Cookie: cookie, 'X-Requested-With': 'orderdesk', 'Content-Type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const made = next();
          return {
            ...request,
            method: made.method,
            path: made.path,
            body: made.body,
            headers: { ...request.headers, ...made.headers },
          };
        },
        onResponse: (status) => {
          if (status !== expectStatus) wrong += 1;
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + wrong,
  };
}

/** One request at a time, timed by the client: for operations too big to repeat for seconds (a bulk delete). */
export async function timeOnce(baseUrl: string, cookie: string, request: LoadRequest, expectStatus = 200) {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: {
      Cookie: cookie,
      'X-Requested-With': 'orderdesk',
      'Content-Type': 'application/json',
      ...request.headers,
    },
    body: request.body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== expectStatus)
    throw new Error(`${request.method} ${request.path}: ${response.status} ${text.slice(0, 200)}`);
  return { ms, body: JSON.parse(text) as unknown };
}
