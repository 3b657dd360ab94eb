import { createMiddleware } from 'hono/factory';

/** Counts the requests being answered, so a stopping server can wait for them and no longer. */
export class InFlight {
  private count = 0;
  private waiting: (() => void)[] = [];

  middleware() {
    return createMiddleware(async (_c, next) => {
      this.count += 1;
      try {
        await next();
      } finally {
        this.count -= 1;
        if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve();
      }
    });
  }

  drained(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}
