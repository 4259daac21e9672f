import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Public, SignedIn } from '../../common/auth/access.decorators';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, RequestWithContext } from '../../common/http/request-context';
import { SessionAuthGuard } from './session-auth.guard';
import { SessionStrategy } from './session.strategy';
import type { SessionService } from './session.service';

@Controller()
class Routes {
  @Get()
  @Public()
  open(): string {
    return 'open';
  }

  @Get()
  @SignedIn()
  mine(): string {
    return 'mine';
  }
}

const USER = { id: 'u1', sessionId: 's1', memberships: [] } as unknown as AuthenticatedUser;
type Req = RequestWithContext & { cookies?: Record<string, string> };

function setup(resolve: (token: string) => Promise<AuthenticatedUser | null>) {
  // Constructing the strategy registers it with passport under `session`, as Nest does at boot.
  new SessionStrategy({ resolve } as unknown as SessionService);
  const guard = new SessionAuthGuard(new Reflector());
  return (handler: keyof Routes, req: Req) =>
    guard.canActivate(new ExecutionContextHost([req, {}, () => undefined], Routes, Routes.prototype[handler]));
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('SessionAuthGuard', () => {
  it('attaches the user behind the session cookie', async () => {
    const run = setup(async (token) => (token === 'good' ? USER : null));
    const req: Req = { cookies: { [SESSION_COOKIE]: 'good' } };
    await expect(run('mine', req)).resolves.toBe(true);
    expect(req.user).toBe(USER);
  });

  it.each([
    ['no cookie', undefined, async () => USER],
    ['an unknown or expired session', 'stale', async () => null],
    ['a lookup that fails for another reason than the database', 'x', async () => Promise.reject(new Error('boom'))],
  ])(
    'answers 401 UNAUTHENTICATED on a signed-in route for %s, and lets a public route through anonymously',
    async (_label, token, resolve) => {
      const run = setup(resolve);
      const cookies: Record<string, string> = token ? { [SESSION_COOKIE]: token } : {};
      const error = await refusal(run('mine', { cookies }));
      expect(error).toBeInstanceOf(ApiException);
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
      const anonymous: Req = { cookies };
      await expect(run('open', anonymous)).resolves.toBe(true);
      expect(anonymous.user).toBeUndefined();
    },
  );

  it('passes a database outage on as such (503 from the filter), on public routes too, never as 401', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const run = setup(async () => Promise.reject(down));
    for (const handler of ['mine', 'open'] as const) {
      expect(await refusal(run(handler, { cookies: { [SESSION_COOKIE]: 't' } }))).toBe(down);
    }
  });
});
