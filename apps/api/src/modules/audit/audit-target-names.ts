import { Injectable } from '@nestjs/common';
import type { AuditTargetRef } from '@ipgn/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names one kind of audit target from ids, within the organization only. The module that owns those rows registers
 * one (rounds: assessments; workshops: workshops; investor questions: publishing), so the audit module reads no other
 * module's table and depends on none of them.
 */
export type AuditTargetNamer = (organizationId: string, ids: readonly string[]) => Promise<Map<string, AuditTargetRef>>;

/**
 * Names for the ids some events carry as their target, so the log reads 「第2回（上場企業向け）」 rather than a UUID.
 * Ids of rows since deleted stay unnamed.
 */
@Injectable()
export class AuditTargetNames {
  private readonly namers: AuditTargetNamer[] = [];

  register(namer: AuditTargetNamer): void {
    this.namers.push(namer);
  }

  async of(organizationId: string, targets: readonly (string | null)[]): Promise<Map<string, AuditTargetRef>> {
    const ids = [...new Set(targets.filter((t): t is string => t !== null && UUID.test(t)))];
    const names = new Map<string, AuditTargetRef>();
    if (ids.length === 0) return names;
    for (const namer of this.namers) for (const [id, ref] of await namer(organizationId, ids)) names.set(id, ref);
    return names;
  }
}
