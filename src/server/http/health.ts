/**
 * GET /api/health: for load balancers, monitoring and the person setting the server up.
 * 200 when the store answers, 503 when it does not (or not within a few seconds, so a
 * hung database does not hang the check too). The database's own version is logged at
 * start but not published here.
 */
import type { FastifyInstance } from 'fastify';
import type { Store, StoreHealth } from '../store/store';
import { APP_VERSION } from '../version';

const TIMEOUT_MS = 3000;

export interface HealthBody {
  status: 'ok' | 'unavailable';
  backend: Store['backend'];
  version: string;
}

function withTimeout(store: Store): Promise<StoreHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<StoreHealth>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, backend: store.backend, version: null }),
      TIMEOUT_MS,
    );
  });
  return Promise.race([store.health(), timeout]).finally(() => clearTimeout(timer));
}

export function registerHealth(app: FastifyInstance, store: Store): void {
  app.get('/api/health', async (request, reply): Promise<HealthBody> => {
    const health = await withTimeout(store);
    if (!health.ok) {
      request.log.warn({ backend: health.backend }, 'health check: store unavailable');
      reply.code(503);
    }
    return {
      status: health.ok ? 'ok' : 'unavailable',
      backend: store.backend,
      version: APP_VERSION,
    };
  });
}
