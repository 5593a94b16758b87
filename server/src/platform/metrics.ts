import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** A registry per app instance, so tests that build several apps do not collide. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'zeren_http_request_duration_seconds',
    help: 'HTTP request duration by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return {
    registry,
    observe(route: string, method: string, status: number, elapsedMs: number) {
      duration.observe({ route, method, status: String(status) }, elapsedMs / 1000);
    },
  };
}
