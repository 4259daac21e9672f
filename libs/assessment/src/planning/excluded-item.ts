import { ModuleId } from '../bank/assessment-module';
import { AssessmentScope } from './assessment-scope';
import { ScoringContext } from '../scoring/scoring-context';

/** A module or question left out of the round, with the team's reason; shown beside scores, plan and exports. */
export interface ExcludedItem {
  readonly kind: 'module' | 'question';
  readonly id: string;
  readonly reason: string;
  /** The visible questions this exclusion removed from scoring. */
  readonly questionIds: readonly string[];
}

export function excludedItems(ctx: ScoringContext, scope: AssessmentScope | undefined): ExcludedItem[] {
  if (!scope) return [];
  const out: ExcludedItem[] = [];
  for (const [id, reason] of Object.entries(scope.modules ?? {})) {
    if (reason === undefined) continue;
    out.push({
      kind: 'module',
      id,
      reason,
      questionIds: ctx.excluded.filter((q) => q.module === (id as ModuleId)).map((q) => q.id),
    });
  }
  for (const [id, reason] of Object.entries(scope.questions ?? {})) {
    const covered = ctx.excluded.some((q) => q.id === id);
    out.push({ kind: 'question', id, reason, questionIds: covered ? [id] : [] });
  }
  return out;
}
