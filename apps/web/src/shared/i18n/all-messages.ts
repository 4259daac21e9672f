import { assessmentEn } from '../../features/assessment/i18n/assessment-en';
import { assessmentJa } from '../../features/assessment/i18n/assessment-ja';
import { benchmarkEn } from '../../features/benchmark/i18n/benchmark-en';
import { benchmarkJa } from '../../features/benchmark/i18n/benchmark-ja';
import { dialogueEn } from '../../features/dialogue/i18n/dialogue-en';
import { dialogueJa } from '../../features/dialogue/i18n/dialogue-ja';
import { disclosuresEn } from '../../features/disclosures/i18n/disclosures-en';
import { disclosuresJa } from '../../features/disclosures/i18n/disclosures-ja';
import { draftsEn } from '../../features/drafts/i18n/drafts-en';
import { draftsJa } from '../../features/drafts/i18n/drafts-ja';
import { publicDisclosuresEn } from '../../features/public-disclosures/i18n/public-disclosures-en';
import { publicDisclosuresJa } from '../../features/public-disclosures/i18n/public-disclosures-ja';
import { smeEn } from '../../features/sme/i18n/sme-en';
import { smeJa } from '../../features/sme/i18n/sme-ja';
import { workshopsEn } from '../../features/workshops/i18n/workshops-en';
import { workshopsJa } from '../../features/workshops/i18n/workshops-ja';
import { messagesEn } from './messages-en';
import { messagesJa, type Messages } from './messages-ja';

// For tests and the two languages' parity check only: every text of a language at once. Product code loads the core
// texts first and each feature's with its pages (load-messages.ts, feature-texts.ts); importing this there would put
// every feature's texts in every page's first load.

export const allMessagesJa: Messages = {
  ...messagesJa,
  assessment: assessmentJa,
  benchmark: benchmarkJa,
  dialogue: dialogueJa,
  disclosures: disclosuresJa,
  drafts: draftsJa,
  publicDisclosures: publicDisclosuresJa,
  sme: smeJa,
  workshops: workshopsJa,
};

export const allMessagesEn: Messages = {
  ...messagesEn,
  assessment: assessmentEn,
  benchmark: benchmarkEn,
  dialogue: dialogueEn,
  disclosures: disclosuresEn,
  drafts: draftsEn,
  publicDisclosures: publicDisclosuresEn,
  sme: smeEn,
  workshops: workshopsEn,
};
