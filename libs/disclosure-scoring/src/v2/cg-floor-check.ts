import type { WorkSentence } from './judge-sentences';
import type { CgFloorCheck } from './types-v2';

const LABEL = {
  ja: 'JPX400分析の最低限チェック（具体的な知財の取組が書かれているか）。開示の質の評価ではありません。',
  en: "JPX400's floor check (does the entry describe concrete IP activity?). Not a judgement of quality.",
};

// 'subject' (v2.6) is a sentence that names the product or right concretely without yet saying how it wins: concrete
// enough for the floor, as it was when such sentences were labelled 'strategy'.
const namesSomething = (s: WorkSentence): boolean =>
  (s.found.links.business?.length ?? 0) + (s.found.links.asset?.length ?? 0) > 0;

const CONCRETE_ROLES = new Set(['strategy', 'subject', 'mechanism', 'evidence', 'governance', 'activity', 'count']);

/**
 * 〇/△/✕ as in the JPX400 analysis of CG-report entries (REFERENCE §6.2): ✕ no IP content, △ IP mentioned
 * only in general terms or as intentions, 〇 some concrete IP activity described. A floor, not quality:
 * a page of filing counts passes it.
 */
export function cgFloorCheck(sentences: readonly WorkSentence[]): CgFloorCheck {
  const distinct = sentences.filter((s) => !s.duplicate);
  // A mechanism of IP told without the word (製法を秘匿し, 他社が再現できない) is IP content too.
  const ipParagraphs = new Set(
    distinct.filter((s) => s.found.flags.ip || (s.found.links.mechanism?.length ?? 0) > 0).map((s) => s.paragraph),
  );
  if (ipParagraphs.size === 0) {
    return {
      class: '✕',
      label: LABEL,
      reason: { ja: '知的財産に関する記述がありません。', en: 'The entry contains no IP content.' },
    };
  }
  const concrete = distinct.some(
    (s) =>
      ipParagraphs.has(s.paragraph) &&
      CONCRETE_ROLES.has(s.role) &&
      // An intention about nothing named (「オープン＆クローズ戦略を活用し、…新規事業の創出を目指します」) is the
      // general kind JPX400 marks △, whatever mechanism word it holds (UI review, v2.47).
      !(s.found.flags.intention && (s.chainLinks.length === 0 || !namesSomething(s))),
  );
  if (concrete) {
    return {
      class: '〇',
      label: LABEL,
      reason: { ja: '知的財産に関する具体的な取組が記述されています。', en: 'Concrete IP activity is described.' },
    };
  }
  return {
    class: '△',
    label: LABEL,
    reason: {
      ja: '知的財産に触れていますが、具体的な取組の記述がない（または意向のみ）です。',
      en: 'IP is mentioned, but without concrete activity (or only as intentions).',
    },
  };
}
