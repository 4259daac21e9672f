import { LocalizedText, t } from '../i18n/localized-text';
import { SourceConfidence } from './source-confidence';

export const GGL_ACTION_IDS = [1, 2, 3, 4, 5, 6, 7] as const;
export type GglActionId = (typeof GGL_ACTION_IDS)[number];

export interface GglAction {
  readonly id: GglActionId;
  /** Our own short paraphrase; safe to show as a label. */
  readonly label: LocalizedText;
  /** The Japanese name as reported by secondary sources, with how sure we are of it. */
  readonly reportedNameJa: string;
  readonly nameConfidence: SourceConfidence;
}

// Names: REFERENCE §1.3 — seven actions ✅, individual names ☑️ (ipnj), ⑤ and ⑦ wording ⚠️.
export const GGL_ACTIONS: readonly GglAction[] = [
  {
    id: 1,
    label: t('現状の把握', 'Grasp the current state'),
    reportedNameJa: '現状の姿の把握',
    nameConfidence: 'single-source',
  },
  {
    id: 2,
    label: t('重要課題の特定と戦略の位置づけ', 'Key issues and where the strategy sits'),
    reportedNameJa: '重要課題の特定と戦略の位置づけの明確化',
    nameConfidence: 'single-source',
  },
  {
    id: 3,
    label: t('価値創造ストーリーの構築', 'Build the value-creation story'),
    reportedNameJa: '価値創造ストーリーの構築',
    nameConfidence: 'single-source',
  },
  {
    id: 4,
    label: t('投資・資源配分戦略の構築', 'Investment and resource-allocation strategy'),
    reportedNameJa: '投資や資源配分の戦略の構築',
    nameConfidence: 'single-source',
  },
  {
    id: 5,
    label: t('実行体制とガバナンス', 'Execution structure and governance'),
    reportedNameJa: '戦略の構築・実行体制とガバナンスの構築',
    nameConfidence: 'unconfirmed',
  },
  {
    id: 6,
    label: t('戦略の開示・発信', 'Disclose and communicate the strategy'),
    reportedNameJa: '投資・活用戦略の開示・発信',
    nameConfidence: 'single-source',
  },
  {
    id: 7,
    label: t('投資家等との対話による戦略の磨き上げ', 'Refine the strategy through dialogue'),
    reportedNameJa: '投資家等との対話を通じた戦略の錬磨',
    nameConfidence: 'unconfirmed',
  },
];
