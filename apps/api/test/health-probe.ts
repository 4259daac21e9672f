import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

export interface HealthStats {
  readonly samples: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly failures: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;

/**
 * Calls GET /api/health every `intervalMs` while `work` runs and reports the latencies. The app runs in this
 * process, so a blocked event loop shows up as slow health answers.
 */
export async function probeHealthDuring<T>(
  app: INestApplication,
  work: Promise<T>,
  intervalMs = 20,
): Promise<{ result: T; health: HealthStats }> {
  const times: number[] = [];
  let failures = 0;
  let done = false;
  const server = app.getHttpServer();
  const loop = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await request(server).get('/api/health');
      times.push(performance.now() - started);
      if (res.status !== 200) failures++;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  try {
    const result = await work;
    return { result, health: stats(times, failures) };
  } finally {
    done = true;
    await loop;
  }
}

function stats(times: number[], failures: number): HealthStats {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: Math.round(percentile(sorted, 0.5)),
    p99: Math.round(percentile(sorted, 0.99)),
    max: Math.round(sorted.at(-1) ?? 0),
    failures,
  };
}
