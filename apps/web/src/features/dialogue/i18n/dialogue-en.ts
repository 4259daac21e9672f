import type { Messages } from '../../../shared/i18n/messages-ja';

/** English texts of the investor dialogue: the same keys as dialogue-ja.ts. */
export const dialogueEn: Messages['dialogue'] = {
  title: 'Investor questions',
  intro:
    'Questions investors sent about your published disclosures. Tick “make public” when answering to show the question and answer on the company page.',
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
  summary: '{{unanswered}} waiting for an answer ({{total}} in all)',
  edit: 'Edit the answer',
  saveEdit: 'Save the edit',
  cancelEdit: 'Cancel',
  withdraw: 'Withdraw the answer',
  withdrawQuestion:
    'Withdraw this answer? The question waits for an answer again and, if it was public, leaves the company page. The audit log keeps a record.',
  withdrawConfirm: 'Withdraw',
};
