import { Reflector } from '@nestjs/core';
import { ApiException } from '../errors/api-exception';
import { SessionAuthGuard } from './session-auth.guard';

describe('SessionAuthGuard.handleRequest', () => {
  const guard = new SessionAuthGuard(new Reflector());

  it('returns the user the session strategy found', () => {
    const user = { id: 'u1' };
    expect(guard.handleRequest(null, user)).toBe(user);
  });

  it.each([
    ['no user', null, false],
    ['a strategy error', new Error('database down'), false],
    ['an error even with a user', new Error('boom'), { id: 'u1' }],
  ])('turns %s into 401 UNAUTHENTICATED', (_label, err, user) => {
    let thrown: unknown;
    try {
      guard.handleRequest(err, user);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ApiException);
    expect(thrown).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });
});
