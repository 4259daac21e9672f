/**
 * Bumped whenever a question, option, anchor or weight changes meaning. An assessment stores the version it was
 * answered on, so old rounds keep being scored against the content their answers refer to.
 * Its own module (not question-bank.ts) so that code needing only the version does not load the bank's content.
 */
export const BANK_VERSION = '2026.12-1';
