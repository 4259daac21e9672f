import { MODULE_IDS, ModuleId } from '../bank/assessment-module';
import { getBank, questionsForTrack } from '../bank/question-bank';
import { Question } from '../bank/question';
import { Track } from '../bank/track';
import { isScorable } from '../scoring/answer-maturity';
import { AssessmentScope, SCOPE_REASON_MAX_LENGTH } from './assessment-scope';
import { AssessmentTargets } from './assessment-targets';
import { PlanningError } from './planning-error';

export interface ValidPlanning {
  readonly targets: AssessmentTargets;
  readonly scope: AssessmentScope;
}

const isModuleId = (v: string): v is ModuleId => (MODULE_IDS as readonly string[]).includes(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLevel = (v: unknown): v is 0 | 1 | 2 | 3 | 4 => v === 0 || v === 1 || v === 2 || v === 3 || v === 4;

/**
 * Checks raw targets and scope (e.g. a request body or an imported file) against the bank version and track of a
 * round. Returns either the clean values or every error found; never throws on bad input.
 */
export function validatePlanning(
  raw: { targets?: unknown; scope?: unknown },
  track: Track,
  bankVersion?: string,
): { ok: true; value: ValidPlanning } | { ok: false; errors: PlanningError[] } {
  const bank = getBank(bankVersion);
  const questions = new Map<string, Question>(questionsForTrack(track, bankVersion).map((q) => [q.id, q]));
  const modules = new Set((bank?.modules ?? []).map((m) => m.id));
  const errors: PlanningError[] = [];
  const maxEntries = questions.size + MODULE_IDS.length;

  const section = (value: unknown, field: string): Record<string, unknown> => {
    if (value === undefined || value === null) return {};
    if (!isRecord(value)) {
      errors.push({ field, code: 'invalid-level' });
      return {};
    }
    if (Object.keys(value).length > maxEntries) {
      errors.push({ field, code: 'too-many-entries' });
      return {};
    }
    return value;
  };

  const targetsRaw = section(raw.targets, 'targets');
  const questionTargets: Record<string, 0 | 1 | 2 | 3 | 4> = {};
  for (const [id, level] of Object.entries(section(targetsRaw['questions'], 'targets.questions'))) {
    const field = `targets.questions.${id}`;
    const q = questions.get(id);
    if (!q) errors.push({ field, code: 'unknown-question' });
    else if (!isScorable(q)) errors.push({ field, code: 'not-scorable' });
    else if (!isLevel(level)) errors.push({ field, code: 'invalid-level' });
    else questionTargets[id] = level;
  }
  const moduleTargets: Partial<Record<ModuleId, 0 | 1 | 2 | 3 | 4>> = {};
  for (const [id, level] of Object.entries(section(targetsRaw['modules'], 'targets.modules'))) {
    const field = `targets.modules.${id}`;
    if (!isModuleId(id) || !modules.has(id)) errors.push({ field, code: 'unknown-module' });
    else if (!isLevel(level)) errors.push({ field, code: 'invalid-level' });
    else moduleTargets[id] = level;
  }

  const scopeRaw = section(raw.scope, 'scope');
  const reason = (value: unknown, field: string): string | null => {
    if (typeof value !== 'string' || value.trim().length === 0) {
      errors.push({ field, code: 'missing-reason' });
      return null;
    }
    if (value.length > SCOPE_REASON_MAX_LENGTH) {
      errors.push({ field, code: 'reason-too-long' });
      return null;
    }
    return value.trim();
  };
  const excludedModules: Partial<Record<ModuleId, string>> = {};
  for (const [id, value] of Object.entries(section(scopeRaw['modules'], 'scope.modules'))) {
    const field = `scope.modules.${id}`;
    if (!isModuleId(id) || !modules.has(id)) {
      errors.push({ field, code: 'unknown-module' });
      continue;
    }
    const r = reason(value, field);
    if (r !== null) excludedModules[id] = r;
  }
  const excludedQuestions: Record<string, string> = {};
  for (const [id, value] of Object.entries(section(scopeRaw['questions'], 'scope.questions'))) {
    const field = `scope.questions.${id}`;
    if (!questions.has(id)) {
      errors.push({ field, code: 'unknown-question' });
      continue;
    }
    const r = reason(value, field);
    if (r !== null) excludedQuestions[id] = r;
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      targets: { questions: questionTargets, modules: moduleTargets },
      scope: { modules: excludedModules, questions: excludedQuestions },
    },
  };
}
