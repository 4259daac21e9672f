import { AnswerValue } from '../bank/answer';
import { isAnswered } from '../bank/answer-state';
import { Question } from '../bank/question';
import { SUPPORTED_BANK_VERSIONS, getBank, getQuestion, isTrack, questionsForTrack } from '../bank/question-bank';
import { Track } from '../bank/track';
import { validateAnswer } from '../bank/validate-answer';
import { validateNotes } from '../planning/validate-notes';
import { validatePlanning } from '../planning/validate-planning';
import { TRANSFER_FORMAT, TRANSFER_FORMAT_VERSION } from './assessment-transfer';
import { ImportPreview, MappedAnswer, NotImportable } from './import-preview';
import { QUESTION_RENAMES, QuestionRename } from './question-renames';
import { TransferError } from './transfer-error';
import { readDecisions } from './read-decisions';

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Renames between two versions, oldest first (SUPPORTED_BANK_VERSIONS is newest first). */
function renamer(fromVersion: string, toVersion: string, renames: readonly QuestionRename[]): (id: string) => string {
  const order = (v: string): number => SUPPORTED_BANK_VERSIONS.indexOf(v);
  const applicable = renames
    .filter((r) => order(r.since) < order(fromVersion) && order(r.since) >= order(toVersion))
    .sort((a, b) => order(b.since) - order(a.since));
  return (id) => applicable.reduce((cur, r) => (r.from === cur ? r.to : cur), id);
}

function content(q: Question | undefined): string {
  if (!q) return '';
  return JSON.stringify({ ...q, id: '' });
}

function renameKeys(section: unknown, rename: (id: string) => string): unknown {
  if (!isRecord(section)) return section;
  return Object.fromEntries(Object.entries(section).map(([k, v]) => [rename(k), v]));
}

/**
 * Reads a transfer file (already parsed from JSON or XLSX) for a new round of `into.track` on `into.bankVersion`.
 * Refuses the whole file on a structural problem; otherwise returns what maps, what changed and what cannot be
 * imported, plus the exact payload to write on confirmation. Pure and bounded: one pass per section.
 */
export function previewImport(
  raw: unknown,
  into: { readonly track: Track; readonly bankVersion: string },
  renames: readonly QuestionRename[] = QUESTION_RENAMES,
): { ok: true; preview: ImportPreview } | { ok: false; error: TransferError } {
  if (!isRecord(raw)) return { ok: false, error: { code: 'not-an-object' } };
  if (raw['format'] !== TRANSFER_FORMAT) return { ok: false, error: { code: 'wrong-format', at: 'format' } };
  if (raw['formatVersion'] !== TRANSFER_FORMAT_VERSION)
    return { ok: false, error: { code: 'unsupported-format-version', at: 'formatVersion' } };
  const fromVersion = raw['bankVersion'];
  if (typeof fromVersion !== 'string' || !getBank(fromVersion))
    return { ok: false, error: { code: 'unknown-bank-version', at: 'bankVersion' } };
  if (SUPPORTED_BANK_VERSIONS.indexOf(fromVersion) < SUPPORTED_BANK_VERSIONS.indexOf(into.bankVersion)) {
    return { ok: false, error: { code: 'newer-bank-version', at: 'bankVersion' } };
  }
  if (!isTrack(raw['track']) || raw['track'] !== into.track)
    return { ok: false, error: { code: 'wrong-track', at: 'track' } };
  for (const key of ['answers', 'targets', 'scope', 'notes', 'decisions']) {
    if (raw[key] !== undefined && !isRecord(raw[key])) return { ok: false, error: { code: 'invalid-field', at: key } };
  }

  const rename = renamer(fromVersion, into.bankVersion, renames);
  const fromBank = getBank(fromVersion);
  const fromQuestions = new Map((fromBank?.questions ?? []).map((q) => [q.id, q]));
  const toQuestions = new Map<string, Question>(questionsForTrack(into.track, into.bankVersion).map((q) => [q.id, q]));
  const mapped: MappedAnswer[] = [];
  const notImportable: NotImportable[] = [];
  const answers: Record<string, AnswerValue> = {};

  for (const [from, value] of Object.entries((raw['answers'] as Raw | undefined) ?? {})) {
    const to = rename(from);
    const q = toQuestions.get(to);
    if (!q) {
      notImportable.push({ part: 'answer', id: from, reason: getQuestion(to) ? 'not-in-track' : 'unknown-question' });
      continue;
    }
    const checked = validateAnswer(q, value);
    if (!checked.ok) {
      notImportable.push({ part: 'answer', id: from, reason: checked.error.code });
      continue;
    }
    if (checked.value === null || !isAnswered(checked.value)) continue;
    answers[to] = checked.value;
    mapped.push({ from, to, renamed: from !== to, changed: content(fromQuestions.get(from)) !== content(q) });
  }

  // Targets and scope: keep every valid entry, list the rest (validatePlanning names each bad entry's field).
  const targetsRaw = isRecord(raw['targets']) ? raw['targets'] : {};
  const planningRaw = {
    targets: { questions: renameKeys(targetsRaw['questions'], rename), modules: targetsRaw['modules'] },
    scope: isRecord(raw['scope'])
      ? { questions: renameKeys(raw['scope']['questions'], rename), modules: raw['scope']['modules'] }
      : undefined,
  };
  let planning = validatePlanning(planningRaw, into.track, into.bankVersion);
  if (!planning.ok) {
    const drop = (field: string): void => {
      const [part, section, ...rest] = field.split('.');
      const id = rest.join('.');
      const holder = part === 'targets' ? planningRaw.targets : planningRaw.scope;
      const sectionValue = holder?.[section as 'questions' | 'modules'];
      if (!id || !isRecord(sectionValue)) {
        if (holder && section) (holder as Record<string, unknown>)[section] = undefined;
      } else delete sectionValue[id];
      notImportable.push({ part: part === 'targets' ? 'target' : 'scope', id: id || field, reason: 'invalid' });
    };
    for (const e of planning.errors) drop(e.field);
    planning = validatePlanning(planningRaw, into.track, into.bankVersion);
    if (!planning.ok) return { ok: false, error: { code: 'invalid-field', at: planning.errors[0]?.field } };
  }

  const notesRaw = renameKeys(raw['notes'], rename);
  const notesIn: Record<string, unknown> = isRecord(notesRaw) ? { ...notesRaw } : {};
  // Notes on questions the target version does not ask (e.g. an SME round of 2026.11-1) are left out first, so a
  // file with more notes than the target track has questions is not refused as a whole.
  for (const id of Object.keys(notesIn)) {
    if (toQuestions.has(id)) continue;
    delete notesIn[id];
    notImportable.push({ part: 'note', id, reason: 'unknown-question' });
  }
  let notes = validateNotes(notesIn, toQuestions);
  if (!notes.ok) {
    for (const e of notes.errors) {
      const id = e.field.replace(/^notes\./, '').replace(/\.(comment|evidence)$/, '');
      delete notesIn[id];
      notImportable.push({ part: 'note', id, reason: e.code });
    }
    notes = validateNotes(notesIn, toQuestions);
    if (!notes.ok) return { ok: false, error: { code: 'invalid-field', at: 'notes' } };
  }

  // Last year's decisions: history beside the new answers, never a validation of them.
  const prior = readDecisions(raw['decisions'], rename, new Set(toQuestions.keys()));
  notImportable.push(...prior.notImportable);

  return {
    ok: true,
    preview: {
      fromBankVersion: fromVersion,
      toBankVersion: into.bankVersion,
      track: into.track,
      mapped,
      notImportable,
      payload: {
        answers,
        targets: planning.value.targets,
        scope: planning.value.scope,
        notes: notes.value,
        priorDecisions: prior.decisions,
      },
    },
  };
}
