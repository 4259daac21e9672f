import { AnswerValue, Answers } from '../bank/answer';
import { AssessmentProfile } from '../bank/assessment-profile';
import { ChoiceQuestion, MaturityLevel, Question } from '../bank/question';
import { questionsForTrack } from '../bank/question-bank';
import { Track } from '../bank/track';
import { visibleQuestions } from '../bank/visible-questions';

/** Plausible figures (百万円) for a mid-sized listed manufacturer. */
const SAMPLE_AMOUNTS: Readonly<Record<string, number>> = {
  'm0.revenue': 500_000,
  'm0.rd-expense': 25_000,
  'm0.book-equity': 300_000,
  'm0.market-cap': 900_000,
  'm0.recognised-intangibles': 20_000,
  'm0.goodwill': 30_000,
  'm5.ip-cost': 3_000,
  'm5.brand-data-investment': 8_000,
  'm5.acquisition-licensing-in': 1_000,
};

// Gate answers that open every follow-up, so a sample covers the widest visible set.
const OPENING_CHOICES: Readonly<Record<string, string>> = {
  'm1.patents-held': 'many',
  'm8.investor-questions': 'regular',
  'm10.fundraising': 'yes',
  'm11.genai-use': 'embedded',
  'm11.ai-in-rnd': 'routine',
  'm11.model-training': 'train',
  'm12.standards-activity': 'lead',
};

function choiceAt(q: ChoiceQuestion, level: MaturityLevel): AnswerValue {
  const opening = OPENING_CHOICES[q.id];
  if (q.type === 'single') {
    if (opening) return opening;
    const scored = q.options.filter((o) => o.maturity !== undefined);
    if (scored.length === 0) return q.options[0]?.id ?? '';
    // The option whose maturity is closest to the requested level (ties: the higher one).
    const best = [...scored].sort(
      (a, b) =>
        Math.abs((a.maturity ?? 0) - level) - Math.abs((b.maturity ?? 0) - level) ||
        (b.maturity ?? 0) - (a.maturity ?? 0),
    )[0];
    return best?.id ?? '';
  }
  const inclusive = q.options.filter((o) => !o.exclusive);
  const exclusive = q.options.find((o) => o.exclusive);
  if (!q.options.some((o) => o.maturity !== undefined)) return inclusive.map((o) => o.id);
  if (level === 0 && exclusive) return [exclusive.id];
  const picked: string[] = [];
  let sum = 0;
  for (const o of inclusive) {
    if (sum >= level) break;
    picked.push(o.id);
    sum += o.maturity ?? 0;
  }
  return picked;
}

function sampleValue(q: Question, level: MaturityLevel): AnswerValue {
  switch (q.type) {
    case 'maturity':
      return level;
    case 'single':
    case 'multiple':
      return choiceAt(q, level);
    case 'number':
    case 'percentage': {
      if (q.bands && q.bands.length > 0) {
        const band = [...q.bands].reverse().find((b) => b.maturity <= level) ?? q.bands[0];
        return band ? band.min : q.min;
      }
      if (q.type === 'percentage') return Math.min(q.max, Math.max(q.min, 8));
      return Math.min(q.max, Math.max(q.min, q.id === 'm0.employees' ? 5_000 : 4));
    }
    case 'currency':
      return SAMPLE_AMOUNTS[q.id] ?? 1_000;
    case 'text':
      return 'サンプル回答 / sample answer';
    case 'evidence':
      return 'https://example.com/ir/report.pdf';
  }
}

/**
 * A complete, valid answer set for a track with every ladder at `level` — for seeds, demos, e2e tests and the
 * benchmark. Only questions visible for the profile are answered.
 */
export function sampleAnswers(track: Track, level: MaturityLevel, profile: AssessmentProfile): Answers {
  const all: Record<string, AnswerValue> = {};
  for (const q of questionsForTrack(track)) all[q.id] = sampleValue(q, level);
  const out: Record<string, AnswerValue> = {};
  for (const q of visibleQuestions(track, all, profile)) {
    const v = all[q.id];
    if (v !== undefined) out[q.id] = v;
  }
  return out;
}
