import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ApiException } from '../../common/errors/api-exception';

/** Seconds a client is asked to wait when the hashing queue is full. */
const RETRY_AFTER_SECONDS = 2;

/**
 * argon2id with the library's defaults (19 MiB memory, 2 passes: OWASP's minimum recommendation), through a
 * bounded queue: PASSWORD_HASH_CONCURRENCY hashes at once (they run on libuv's thread pool, which file and DNS
 * work share), 8 × that waiting; beyond it 503 AUTH_BUSY with Retry-After at once, so a flood of sign-in
 * attempts can neither starve the pool nor pile up memory.
 */
@Injectable()
export class PasswordHasher {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly concurrency: number;
  private readonly maxWaiting: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.concurrency = config.PASSWORD_HASH_CONCURRENCY;
    this.maxWaiting = config.PASSWORD_HASH_CONCURRENCY * 8;
  }

  hash(password: string): Promise<string> {
    return this.queued(() => hash(password, { algorithm: 2 /* Argon2id */ }));
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    return this.queued(async () => {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    });
  }

  private async queued<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) throw ApiException.retryLater(503, 'AUTH_BUSY', RETRY_AFTER_SECONDS);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
