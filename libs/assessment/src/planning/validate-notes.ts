import { Question } from '../bank/question';
import {
  NOTE_COMMENT_MAX_LENGTH,
  NOTE_EVIDENCE_MAX_LENGTH,
  NOTE_EVIDENCE_MAX_LINKS,
  QuestionNote,
} from './question-note';

export type NoteErrorCode = 'unknown-question' | 'invalid-note' | 'comment-too-long' | 'too-many-links' | 'invalid-url';

export interface NoteError {
  readonly field: string;
  readonly code: NoteErrorCode;
}

function isHttpUrl(value: string): boolean {
  if (value.length > NOTE_EVIDENCE_MAX_LENGTH) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Checks raw per-question notes against the questions of a round's track and bank version. */
export function validateNotes(
  raw: unknown,
  questions: ReadonlyMap<string, Question>,
): { ok: true; value: Record<string, QuestionNote> } | { ok: false; errors: NoteError[] } {
  const errors: NoteError[] = [];
  const out: Record<string, QuestionNote> = {};
  if (raw === undefined || raw === null) return { ok: true, value: out };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, errors: [{ field: 'notes', code: 'invalid-note' }] };
  const entries = Object.entries(raw);
  if (entries.length > questions.size) return { ok: false, errors: [{ field: 'notes', code: 'invalid-note' }] };
  for (const [id, note] of entries) {
    const field = `notes.${id}`;
    if (!questions.has(id)) {
      errors.push({ field, code: 'unknown-question' });
      continue;
    }
    if (typeof note !== 'object' || note === null || Array.isArray(note)) {
      errors.push({ field, code: 'invalid-note' });
      continue;
    }
    const { comment, evidence } = note as { comment?: unknown; evidence?: unknown };
    const clean: { comment?: string; evidence?: string[] } = {};
    if (comment !== undefined) {
      if (typeof comment !== 'string') errors.push({ field: `${field}.comment`, code: 'invalid-note' });
      else if (comment.length > NOTE_COMMENT_MAX_LENGTH)
        errors.push({ field: `${field}.comment`, code: 'comment-too-long' });
      else if (comment.length > 0) clean.comment = comment;
    }
    if (evidence !== undefined) {
      if (!Array.isArray(evidence)) errors.push({ field: `${field}.evidence`, code: 'invalid-note' });
      else if (evidence.length > NOTE_EVIDENCE_MAX_LINKS)
        errors.push({ field: `${field}.evidence`, code: 'too-many-links' });
      else if (!evidence.every((e): e is string => typeof e === 'string' && isHttpUrl(e)))
        errors.push({ field: `${field}.evidence`, code: 'invalid-url' });
      else if (evidence.length > 0) clean.evidence = evidence;
    }
    if (clean.comment !== undefined || clean.evidence !== undefined) out[id] = clean;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out };
}
