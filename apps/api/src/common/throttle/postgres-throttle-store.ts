import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ThrottleStore, type ThrottleHit } from './throttle-store';

/**
 * ThrottleStore on PostgreSQL (a server or the embedded PGlite): one atomic upsert per hit, so concurrent hits
 * from several replicas never lose a count. Expired rows are reused by their next hit and swept now and then.
 */
@Injectable()
export class PostgresThrottleStore extends ThrottleStore {
  private hits = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async hit(key: string, windowMs: number): Promise<ThrottleHit> {
    const rows: Array<{ count: number; reset_in_ms: string | number }> = await this.db.query(
      `INSERT INTO throttle_counters (key, count, expires_at)
       VALUES ($1, 1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN throttle_counters.expires_at <= now() THEN 1 ELSE throttle_counters.count + 1 END,
         expires_at = CASE WHEN throttle_counters.expires_at <= now() THEN EXCLUDED.expires_at ELSE throttle_counters.expires_at END
       RETURNING count, GREATEST(0, (EXTRACT(EPOCH FROM (expires_at - now())) * 1000))::bigint AS reset_in_ms`,
      [key, windowMs],
    );
    if (++this.hits % 500 === 0) await this.db.query('DELETE FROM throttle_counters WHERE expires_at < now()');
    return { count: Number(rows[0].count), resetInMs: Number(rows[0].reset_in_ms) };
  }

  async peek(key: string): Promise<ThrottleHit | null> {
    const rows: Array<{ count: number; reset_in_ms: string | number }> = await this.db.query(
      `SELECT count, GREATEST(0, (EXTRACT(EPOCH FROM (expires_at - now())) * 1000))::bigint AS reset_in_ms
         FROM throttle_counters WHERE key = $1 AND expires_at > now()`,
      [key],
    );
    return rows.length ? { count: Number(rows[0].count), resetInMs: Number(rows[0].reset_in_ms) } : null;
  }

  async reset(key: string): Promise<void> {
    await this.db.query('DELETE FROM throttle_counters WHERE key = $1', [key]);
  }
}
