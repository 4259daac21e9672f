import { ApiException } from '../errors/api-exception';
import { loadConfig } from '../../config/app-config';
import { CostlyWorkLimiter } from './costly-work-limiter';
import { counterKey, RateLimiter, secondsUntil, type RateLimit } from './rate-limiter';
import { ThrottleStore, type ThrottleHit } from './throttle-store';

/** Fixed windows in memory, on a clock the test moves: the semantics of PostgresThrottleStore. */
class MemoryThrottleStore extends ThrottleStore {
  now = 0;
  readonly counters = new Map<string, { count: number; endsAt: number }>();

  async hit(key: string, windowMs: number): Promise<ThrottleHit> {
    const open = this.counters.get(key);
    const counter = open && open.endsAt > this.now ? open : { count: 0, endsAt: this.now + windowMs };
    counter.count++;
    this.counters.set(key, counter);
    return { count: counter.count, resetInMs: counter.endsAt - this.now };
  }
  async peek(key: string): Promise<ThrottleHit | null> {
    const open = this.counters.get(key);
    return open && open.endsAt > this.now ? { count: open.count, resetInMs: open.endsAt - this.now } : null;
  }
  async reset(key: string): Promise<void> {
    this.counters.delete(key);
  }
}

/** The refusal of a promise, or undefined when it resolved. */
const refusal = (p: Promise<unknown>): Promise<ApiException | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => {
      if (e instanceof ApiException) return e;
      throw e;
    },
  );

const THREE_PER_MINUTE: RateLimit = { name: 'test', limit: 3, windowMs: 60_000 };

describe('RateLimiter', () => {
  let store: MemoryThrottleStore;
  let limiter: RateLimiter;
  beforeEach(() => {
    store = new MemoryThrottleStore();
    limiter = new RateLimiter(store);
  });

  it('admits up to the limit and refuses the next use with 429 TOO_MANY_REQUESTS and the seconds left in the window', async () => {
    for (let i = 0; i < 3; i++)
      expect(await refusal(limiter.admit({ limit: THREE_PER_MINUTE, subject: 'u1' }))).toBeUndefined();
    store.now = 20_500;
    const refused = await refusal(limiter.admit({ limit: THREE_PER_MINUTE, subject: 'u1' }));
    expect(refused?.getStatus()).toBe(429);
    expect(refused?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused?.retryAfterSeconds).toBe(40);
    expect(refused?.vars).toEqual({ retryAfter: 40 });
  });

  it('admits again once the window has ended', async () => {
    for (let i = 0; i < 4; i++) await refusal(limiter.admit({ limit: THREE_PER_MINUTE, subject: 'u1' }));
    store.now = 60_000;
    expect(await refusal(limiter.admit({ limit: THREE_PER_MINUTE, subject: 'u1' }))).toBeUndefined();
  });

  it('counts each subject apart, and budgets of another name apart', async () => {
    for (let i = 0; i < 3; i++) await limiter.admit({ limit: THREE_PER_MINUTE, subject: 'u1' });
    expect(await refusal(limiter.admit({ limit: THREE_PER_MINUTE, subject: 'u1' }))).toBeDefined();
    expect(await refusal(limiter.admit({ limit: THREE_PER_MINUTE, subject: 'u2' }))).toBeUndefined();
    expect(
      await refusal(limiter.admit({ limit: { ...THREE_PER_MINUTE, name: 'other' }, subject: 'u1' })),
    ).toBeUndefined();
  });

  it('stops at the first budget refused: the ones after it are not counted', async () => {
    const perAccount: RateLimit = { name: 'acct', limit: 1, windowMs: 60_000 };
    const perOrganization: RateLimit = { name: 'org', limit: 5, windowMs: 60_000 };
    const use = () => limiter.admit({ limit: perAccount, subject: 'u1' }, { limit: perOrganization, subject: 'o1' });
    expect(await refusal(use())).toBeUndefined();
    for (let i = 0; i < 4; i++) expect((await refusal(use()))?.getStatus()).toBe(429);
    expect((await store.peek(counterKey('acct', 'u1')))?.count).toBe(5);
    expect((await store.peek(counterKey('org', 'o1')))?.count).toBe(1);
  });

  it('keeps no subject in clear in the counter keys', async () => {
    await limiter.admit({ limit: THREE_PER_MINUTE, subject: 'hanako@example.jp' });
    const [key] = [...store.counters.keys()];
    expect(key).toMatch(/^test:[0-9a-f]{40}$/);
    expect(key).not.toContain('hanako');
  });

  it('never asks to retry in less than a second', () => {
    expect(secondsUntil(0)).toBe(1);
    expect(secondsUntil(1)).toBe(1);
    expect(secondsUntil(1001)).toBe(2);
  });
});

describe('CostlyWorkLimiter', () => {
  const config = loadConfig({
    JUDGE_ACCOUNT_LIMIT: '2',
    JUDGE_LIMIT_WINDOW_MS: '600000',
    AI_ACCOUNT_LIMIT: '2',
    AI_ORGANIZATION_LIMIT: '3',
    AI_LIMIT_WINDOW_MS: '3600000',
  });
  let store: MemoryThrottleStore;
  let limits: CostlyWorkLimiter;
  beforeEach(() => {
    store = new MemoryThrottleStore();
    limits = new CostlyWorkLimiter(new RateLimiter(store), config);
  });

  it('judging: one budget per account, in its window', async () => {
    await limits.judging('u1');
    await limits.judging('u1');
    const refused = await refusal(limits.judging('u1'));
    expect(refused?.retryAfterSeconds).toBe(600);
    expect(await refusal(limits.judging('u2'))).toBeUndefined();
    expect((await store.peek(counterKey('judge:acct', 'u1')))?.count).toBe(3);
  });

  it('LLM requests: the account’s budget, then the organization’s, apart from judging', async () => {
    await limits.llmRequest('u1', 'o1');
    await limits.llmRequest('u1', 'o1');
    const byAccount = await refusal(limits.llmRequest('u1', 'o1'));
    expect(byAccount?.retryAfterSeconds).toBe(3600);
    // The organization spent 2 of 3: a colleague gets one more, then the organization is refused for both.
    expect(await refusal(limits.llmRequest('u2', 'o1'))).toBeUndefined();
    expect((await refusal(limits.llmRequest('u2', 'o1')))?.getStatus()).toBe(429);
    expect((await refusal(limits.llmRequest('u3', 'o1')))?.getStatus()).toBe(429);
    // Another organization, and judging, are untouched.
    expect(await refusal(limits.llmRequest('u3', 'o2'))).toBeUndefined();
    expect(await refusal(limits.judging('u1'))).toBeUndefined();
  });

  it("LLM requests outside an organization (an investor's check) share the account's budget and touch no organization's", async () => {
    await limits.accountLlmRequest('u1');
    await limits.llmRequest('u1', 'o1');
    // The account spent its 2, whichever route: refused on both.
    expect((await refusal(limits.accountLlmRequest('u1')))?.getStatus()).toBe(429);
    expect((await refusal(limits.llmRequest('u1', 'o1')))?.getStatus()).toBe(429);
    expect(await refusal(limits.accountLlmRequest('u2'))).toBeUndefined();
    expect((await store.peek(counterKey('ai:org', 'o1')))?.count).toBe(1);
  });
});
