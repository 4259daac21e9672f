import { getBank, questionsForTrack } from '../bank/question-bank';
import { AssessmentTransfer } from './assessment-transfer';
import { TransferError } from './transfer-error';

export type SheetCell = string | number | null;
export type SheetRows = SheetCell[][];

/** The transfer file as three sheets (header row first); the XLSX reader and writer only move cells. */
export interface TransferSheets {
  readonly meta: SheetRows;
  readonly questions: SheetRows;
  readonly modules: SheetRows;
}

export const META_HEADER = ['key', 'value'];
export const QUESTION_HEADER = [
  'question_id',
  'module',
  'prompt_ja',
  'prompt_en',
  'answer_json',
  'target_level',
  'out_of_scope_reason',
  'comment',
  'evidence_links',
];
/** Validation decisions, after the question columns; files written before them simply lack these columns. */
export const DECISION_HEADER = [
  'review_decision',
  'reviewed_by',
  'reviewed_at',
  'review_comment',
  'review_on_this_answer',
];
/** Where a carried decision was made; files written before origins were exported lack these two columns. */
export const ORIGIN_HEADER = ['decided_in_round', 'decided_in_fiscal_year'];
export const MODULE_HEADER = ['module_id', 'title_ja', 'title_en', 'target_level', 'out_of_scope_reason'];
const META_KEYS = ['format', 'formatVersion', 'bankVersion', 'track', 'exportedAt', 'round', 'status'] as const;

/** Every question of the track is listed (so the sheet can be filled in), plus any answered id the bank lacks. */
export function transferToSheets(file: AssessmentTransfer): TransferSheets {
  const bank = getBank(file.bankVersion);
  const questions = questionsForTrack(file.track, file.bankVersion);
  const ids = [
    ...questions.map((q) => q.id),
    ...Object.keys(file.answers).filter((id) => !questions.some((q) => q.id === id)),
  ];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const questionRows: SheetRows = ids.map((id) => {
    const q = byId.get(id);
    const answer = file.answers[id];
    const note = file.notes[id];
    const decision = file.decisions?.[id];
    return [
      id,
      q?.module ?? null,
      q?.prompt.ja ?? null,
      q?.prompt.en ?? null,
      // A number (a level, an amount) stays a number cell, so a spreadsheet can sum and sort it; the rest is JSON text.
      answer === undefined ? null : typeof answer === 'number' ? answer : JSON.stringify(answer),
      file.targets.questions?.[id] ?? null,
      file.scope.questions?.[id] ?? null,
      note?.comment ?? null,
      note?.evidence && note.evidence.length > 0 ? note.evidence.join('\n') : null,
      decision?.decision ?? null,
      decision?.reviewedBy ?? null,
      decision?.reviewedAt ?? null,
      decision ? decision.comment : null,
      decision ? (decision.current ? 'yes' : 'no') : null,
      decision?.decidedIn?.round ?? null,
      decision?.decidedIn?.fiscalYear ?? null,
    ];
  });
  const moduleRows: SheetRows = (bank?.modules ?? []).map((m) => [
    m.id,
    m.title.ja,
    m.title.en,
    file.targets.modules?.[m.id] ?? null,
    file.scope.modules?.[m.id] ?? null,
  ]);
  const meta: SheetRows = [
    ['format', file.format],
    ['formatVersion', file.formatVersion],
    ['bankVersion', file.bankVersion],
    ['track', file.track],
    ['exportedAt', file.exportedAt],
    ['round', file.source.round],
    ['status', file.source.status],
  ];
  return {
    meta: [META_HEADER, ...meta],
    questions: [[...QUESTION_HEADER, ...DECISION_HEADER, ...ORIGIN_HEADER], ...questionRows],
    modules: [MODULE_HEADER, ...moduleRows],
  };
}

const COLUMN = 'ABCDEFGHIJKLMNOP';
const at = (sheet: string, row: number, col: number): string => `${sheet}!${COLUMN[col] ?? '?'}${row + 1}`;
const text = (c: SheetCell | undefined): string | null =>
  c === null || c === undefined || c === '' ? null : String(c);

function level(c: SheetCell | undefined): number | null | 'bad' {
  if (c === null || c === undefined || c === '') return null;
  const n = typeof c === 'number' ? c : /^\s*\d+\s*$/.test(c) ? Number(c) : Number.NaN;
  return Number.isInteger(n) && n >= 0 && n <= 4 ? n : 'bad';
}

/** A number cell, or digits typed as text (a spreadsheet may turn either into the other); anything else as is. */
function wholeNumber(c: SheetCell | undefined): SheetCell | undefined {
  return typeof c === 'string' && /^\s*\d+\s*$/.test(c) ? Number(c) : c;
}

function sameHeader(row: readonly SheetCell[] | undefined, header: readonly string[]): boolean {
  return !!row && header.every((h, i) => row[i] === h);
}

/**
 * The inverse of transferToSheets: back to a raw transfer object for previewImport. A cell that cannot mean
 * anything (wrong header, a target that is not 0–4, a missing id) refuses the whole file with its address.
 */
export function sheetsToTransfer(
  sheets: TransferSheets,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: TransferError } {
  if (!sameHeader(sheets.meta[0], META_HEADER)) return { ok: false, error: { code: 'broken-cell', at: 'meta!A1' } };
  if (!sameHeader(sheets.questions[0], QUESTION_HEADER))
    return { ok: false, error: { code: 'broken-cell', at: 'questions!A1' } };
  if (!sameHeader(sheets.modules[0], MODULE_HEADER))
    return { ok: false, error: { code: 'broken-cell', at: 'modules!A1' } };
  const withDecisions = sameHeader(sheets.questions[0]?.slice(QUESTION_HEADER.length), DECISION_HEADER);
  const withOrigins =
    withDecisions &&
    sameHeader(sheets.questions[0]?.slice(QUESTION_HEADER.length + DECISION_HEADER.length), ORIGIN_HEADER);

  const meta: Record<string, SheetCell> = {};
  sheets.meta.slice(1).forEach((row) => {
    const key = text(row[0]);
    if (key && (META_KEYS as readonly string[]).includes(key)) meta[key] = row[1] ?? null;
  });
  const round = Number(meta['round']);
  const formatVersion =
    typeof meta['formatVersion'] === 'string' ? Number(meta['formatVersion']) : meta['formatVersion'];

  const answers: Record<string, unknown> = {};
  const questionTargets: Record<string, number> = {};
  const questionScope: Record<string, string> = {};
  const notes: Record<string, { comment?: string; evidence?: string[] }> = {};
  const decisions: Record<string, unknown> = {};
  for (let r = 1; r < sheets.questions.length; r++) {
    const row = sheets.questions[r] ?? [];
    if (row.every((c) => text(c) === null)) continue;
    const id = text(row[0]);
    if (!id) return { ok: false, error: { code: 'broken-cell', at: at('questions', r, 0) } };
    const answer = text(row[4]);
    if (answer !== null) {
      try {
        answers[id] = JSON.parse(answer);
      } catch {
        // Hand-typed text answers need no JSON quotes.
        answers[id] = answer;
      }
    }
    const target = level(row[5]);
    if (target === 'bad') return { ok: false, error: { code: 'broken-cell', at: at('questions', r, 5) } };
    if (target !== null) questionTargets[id] = target;
    const reason = text(row[6]);
    if (reason !== null) questionScope[id] = reason;
    const comment = text(row[7]);
    const evidence = text(row[8]);
    if (comment !== null || evidence !== null) {
      notes[id] = {
        ...(comment !== null ? { comment } : {}),
        ...(evidence !== null
          ? {
              evidence: evidence
                .split(/\r?\n/)
                .map((s) => s.trim())
                .filter((s) => s.length > 0),
            }
          : {}),
      };
    }
    if (withDecisions) {
      const at0 = QUESTION_HEADER.length;
      const decision = text(row[at0]);
      if (decision !== null) {
        const current = text(row[at0 + 4]);
        if (current !== 'yes' && current !== 'no')
          return { ok: false, error: { code: 'broken-cell', at: at('questions', r, at0 + 4) } };
        // Checked field by field by previewImport like the JSON form; a bad one is listed, not fatal.
        const originRound = withOrigins ? row[at0 + 5] : null;
        const originYear = withOrigins ? row[at0 + 6] : null;
        decisions[id] = {
          decision,
          reviewedBy: text(row[at0 + 1]),
          reviewedAt: text(row[at0 + 2]),
          comment: text(row[at0 + 3]) ?? '',
          current: current === 'yes',
          ...(text(originRound) !== null || text(originYear) !== null
            ? { decidedIn: { round: wholeNumber(originRound), fiscalYear: wholeNumber(originYear) } }
            : {}),
        };
      }
    }
  }
  const moduleTargets: Record<string, number> = {};
  const moduleScope: Record<string, string> = {};
  for (let r = 1; r < sheets.modules.length; r++) {
    const row = sheets.modules[r] ?? [];
    if (row.every((c) => text(c) === null)) continue;
    const id = text(row[0]);
    if (!id) return { ok: false, error: { code: 'broken-cell', at: at('modules', r, 0) } };
    const target = level(row[3]);
    if (target === 'bad') return { ok: false, error: { code: 'broken-cell', at: at('modules', r, 3) } };
    if (target !== null) moduleTargets[id] = target;
    const reason = text(row[4]);
    if (reason !== null) moduleScope[id] = reason;
  }
  return {
    ok: true,
    value: {
      format: meta['format'],
      formatVersion,
      bankVersion: meta['bankVersion'],
      track: meta['track'],
      exportedAt: text(meta['exportedAt']),
      source: { round: Number.isFinite(round) ? round : 0, status: text(meta['status']) ?? '' },
      answers,
      targets: { questions: questionTargets, modules: moduleTargets },
      scope: { questions: questionScope, modules: moduleScope },
      notes,
      decisions,
    },
  };
}
