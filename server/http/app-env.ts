import type { RequestIdVariables } from 'hono/request-id';
import type { OrdersService } from '@/backend/orders-service';
import type { Logger } from '../logger';

/** What each request carries through the server's middleware. */
export interface AppEnv {
  Variables: RequestIdVariables & {
    log: Logger;
    service: OrdersService;
  };
}
