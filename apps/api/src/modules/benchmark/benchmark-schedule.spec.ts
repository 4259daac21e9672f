import type { AppConfig } from '../../config/app-config';
import { BenchmarkSchedule } from './benchmark-schedule';
import type { BenchmarkSnapshotService } from './benchmark-snapshot.service';

function scheduleWith(seconds: number, run: () => Promise<unknown>) {
  const service = { run: jest.fn(run) };
  const schedule = new BenchmarkSchedule(
    { BENCHMARK_SNAPSHOT_INTERVAL_SECONDS: seconds } as AppConfig,
    service as unknown as BenchmarkSnapshotService,
  );
  return { schedule, run: service.run };
}

describe('benchmark snapshot schedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the job every interval until the application shuts down', async () => {
    const { schedule, run } = scheduleWith(60, async () => ({ version: 1, stored: true, contributors: 0 }));
    schedule.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(59_000);
    expect(run).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(2 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    schedule.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('is off at 0, never overlaps a slow run, and survives a failed run', async () => {
    const off = scheduleWith(0, async () => undefined);
    off.schedule.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(7 * 24 * 3600_000);
    expect(off.run).not.toHaveBeenCalled();

    let finish: () => void = () => undefined;
    let calls = 0;
    const slow = scheduleWith(1, () => {
      calls += 1;
      if (calls === 1) return new Promise<void>((resolve) => (finish = resolve));
      return Promise.reject(new Error('database gone'));
    });
    slow.schedule.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(slow.run).toHaveBeenCalledTimes(1); // still running: later ticks skip
    finish();
    await jest.advanceTimersByTimeAsync(2_000);
    expect(slow.run).toHaveBeenCalledTimes(3); // failures are logged, the schedule goes on
    slow.schedule.onApplicationShutdown();
  });
});
