import type { Question } from '@ipgn/assessment';
import { questionPrompts } from './question-prompts';

const question = { id: 'm1.q1', prompt: { ja: '無形資産の棚卸し', en: 'Inventory of intangibles' } } as Question;

describe('questionPrompts', () => {
  it('gives the prompt in the UI language', () => {
    expect(questionPrompts([question], 'ja')('m1.q1')).toBe('無形資産の棚卸し');
    expect(questionPrompts([question], 'en')('m1.q1')).toBe('Inventory of intangibles');
  });

  it('shows an unknown id, or any id before the bank is there, as it is', () => {
    expect(questionPrompts([question], 'en')('m9.q9')).toBe('m9.q9');
    expect(questionPrompts(undefined, 'ja')('m1.q1')).toBe('m1.q1');
  });
});
