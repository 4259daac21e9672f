/**
 * Stored answer values, by question type:
 * maturity → integer 0–4; single → option id; multiple → option ids; number/currency/percentage → number;
 * text → string; evidence → URL string.
 */
export type AnswerValue = number | string | readonly string[];

/** Answers keyed by question id. `null`/missing means unanswered. */
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;
