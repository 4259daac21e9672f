import type { Question } from '@ipgn/assessment';
import type { Locale } from '@ipgn/contracts';

/**
 * Looks up question prompts in the bank the API served for the round (GET /api/assessment-bank), not in the
 * bundled question bank: the bank's content stays out of the pages' JavaScript (first-load budget, issue 15).
 * An id the bank does not know is shown as it is.
 */
export function questionPrompts(questions: readonly Question[] | undefined, locale: Locale): (id: string) => string {
  const byId = new Map((questions ?? []).map((q) => [q.id, q]));
  return (id) => byId.get(id)?.prompt[locale] ?? id;
}
