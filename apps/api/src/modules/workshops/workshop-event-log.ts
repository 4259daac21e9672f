import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { WorkshopEventEntity } from './entities/workshop-event.entity';
import type { DeliveredWorkshopEvent, WorkshopEvent } from './workshop-event-bus';

/** How long stored events stay replayable; a stream that comes back later gets the current state instead. */
export const WORKSHOP_EVENT_RETENTION_MS = 6 * 60 * 60 * 1000;
/** More missed events than this and a reconnecting stream gets the current state instead (bounded work). */
export const MAX_REPLAYED_EVENTS = 1_000;
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

/** A Last-Event-ID worth looking up: a positive bigint in decimal; anything else is unknown at once. */
export const isEventId = (value: string | undefined): value is string =>
  value !== undefined && /^[1-9]\d{0,17}$/.test(value);

/**
 * Where a reconnecting stream says it left off: the `Last-Event-ID` header, else the `lastEventId` query
 * parameter. The header wins: a browser that reconnects by itself sends a newer id there than the one in the
 * URL it was opened with. Only a single string counts (a repeated or nested query parameter is no id); what
 * is left is checked like the header (`isEventId`, then against the workshop's stored events).
 */
export function resumePoint(header: unknown, query: unknown): string | undefined {
  if (typeof header === 'string' && header !== '') return header;
  return typeof query === 'string' && query !== '' ? query : undefined;
}

/**
 * One statement that stores an event and returns its id: it takes a per-workshop advisory lock (held until
 * the statement's transaction commits), so the events of one workshop commit — and, with `notifyChannel`,
 * are NOTIFYed — in id order; a stream can then resume by "every id after the last one I saw". The NOTIFY
 * payload is the event with its id. Used by both buses (postgres.js and TypeORM take the same SQL).
 */
export function storeEventStatement(event: WorkshopEvent, notifyChannel?: string): { text: string; params: unknown[] } {
  const params: unknown[] = [event.organizationId, event.workshopId, event.type, JSON.stringify(event)];
  if (notifyChannel) params.push(notifyChannel);
  // Every parameter typed as text first: postgres.js serialises a parameter by the type the server infers, and
  // would JSON-encode the payload string again if it were inferred as jsonb.
  const notify = notifyChannel
    ? `, pg_notify($5::text, jsonb_set($4::text::jsonb, '{id}', to_jsonb(id::text))::text) AS notified`
    : '';
  return {
    text: `WITH locked AS (SELECT pg_advisory_xact_lock(hashtextextended($2::text, 0)))
           , stored AS (INSERT INTO workshop_events (organization_id, workshop_id, type, payload)
                        SELECT $1::text::uuid, $2::text::uuid, $3::text, $4::text::jsonb FROM locked RETURNING id)
           SELECT id::text AS id${notify} FROM stored`,
    params,
  };
}

/** Reading the stored events back for a reconnecting stream, and pruning the old ones. */
@Injectable()
export class WorkshopEventLog implements OnModuleInit, OnModuleDestroy {
  private pruneTimer: NodeJS.Timeout | null = null;

  constructor(@InjectRepository(WorkshopEventEntity) private readonly events: Repository<WorkshopEventEntity>) {}

  onModuleInit(): void {
    this.pruneTimer = setInterval(() => void this.prune().catch(() => undefined), PRUNE_INTERVAL_MS);
    this.pruneTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
  }

  /**
   * The events of this workshop after `afterId`, oldest first — or null when `afterId` is not a stored event
   * of this very workshop (pruned, another workshop's or another organization's, made up) or more than
   * MAX_REPLAYED_EVENTS follow it: the caller then sends the current state.
   */
  async after(organizationId: string, workshopId: string, afterId: string): Promise<DeliveredWorkshopEvent[] | null> {
    if (!isEventId(afterId)) return null;
    const rows = (await this.events.query(
      `SELECT id::text AS id, payload FROM workshop_events
        WHERE organization_id = $1 AND workshop_id = $2 AND id >= $3::bigint
        ORDER BY workshop_events.id LIMIT $4`,
      [organizationId, workshopId, afterId, MAX_REPLAYED_EVENTS + 2],
    )) as { id: string; payload: WorkshopEvent }[];
    if (rows[0]?.id !== afterId || rows.length > MAX_REPLAYED_EVENTS + 1) return null;
    return rows.slice(1).map((r) => ({ ...r.payload, id: r.id }));
  }

  /** The id of this workshop's latest stored event ('0' when there is none): where a fresh stream starts. */
  async latestId(organizationId: string, workshopId: string): Promise<string> {
    const [row] = (await this.events.query(
      `SELECT coalesce(max(id), 0)::text AS id FROM workshop_events WHERE organization_id = $1 AND workshop_id = $2`,
      [organizationId, workshopId],
    )) as { id: string }[];
    return row.id;
  }

  /**
   * Deletes the events older than the retention, as a prefix of ids: an id that is still stored always has
   * every later event of its workshop stored too, so a replay is never silently incomplete.
   */
  async prune(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - WORKSHOP_EVENT_RETENTION_MS);
    const result = (await this.events.query(
      `WITH gone AS (DELETE FROM workshop_events
                      WHERE id <= (SELECT max(id) FROM workshop_events WHERE created_at < $1) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [cutoff],
    )) as { n: number }[];
    return result[0].n;
  }
}
