import { getQuestion, type Question } from '@ipgn/assessment';

/** Workshop questions are ladders and scored choices (the API accepts only these). */
export type WorkshopQuestion = Extract<Question, { type: 'maturity' | 'single' | 'multiple' }>;

export function workshopQuestion(id: string): WorkshopQuestion | undefined {
  const q = getQuestion(id);
  return q && (q.type === 'maturity' || q.type === 'single' || q.type === 'multiple') ? q : undefined;
}
