import type { Messages } from '../../../shared/i18n/messages-ja';

/** English texts of the investor dialogue: the same keys as dialogue-ja.ts. */
export const dialogueEn: Messages['dialogue'] = {
  nav: 'Investor questions',
  title: 'Investor questions',
  intro: 'Questions investors sent about your published disclosures. Tick “make public” when answering to show the question and answer on the company page.',
  empty: 'No questions yet.',
  about: 'About “{{title}}” (version {{version}})',
  askedBy: '{{name}} · {{date}}',
  answeredBy: 'Answered by {{name}} · {{date}}',
  unknown: 'Unknown user',
  answerLabel: 'Answer',
  makePublic: 'Make the question and answer public on the company page',
  send: 'Answer',
  sending: 'Sending…',
  public: 'Public',
  private: 'Private',
};
