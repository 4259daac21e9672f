import type { EntityManager } from 'typeorm';
import type { AuditTargetRef } from '@ipgn/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names for the ids some events carry as their target (rounds, workshops, investor questions), read within the
 * organization only, so the log reads 「第2回（上場企業向け）」 rather than a UUID. Ids of rows since deleted stay unnamed.
 */
export async function auditTargetNames(db: EntityManager, organizationId: string, targets: readonly (string | null)[]): Promise<Map<string, AuditTargetRef>> {
  const ids = [...new Set(targets.filter((t): t is string => t !== null && UUID.test(t)))];
  const names = new Map<string, AuditTargetRef>();
  if (ids.length === 0) return names;
  const rounds = (await db.query(`SELECT id, round, track FROM assessments WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids])) as { id: string; round: number; track: string }[];
  for (const r of rounds) names.set(r.id, { kind: 'assessment', round: r.round, track: r.track });
  const workshops = (await db.query(`SELECT id, title FROM workshops WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids])) as { id: string; title: string }[];
  for (const w of workshops) names.set(w.id, { kind: 'workshop', title: w.title });
  const questions = (await db.query(
    `SELECT q.id, p.title FROM dialogue_questions q JOIN publications p ON p.id = q.publication_id WHERE q.organization_id = $1 AND q.id = ANY($2::uuid[])`,
    [organizationId, ids],
  )) as { id: string; title: string }[];
  for (const q of questions) names.set(q.id, { kind: 'question', publicationTitle: q.title });
  return names;
}
