import { LocalizedText, t } from '../i18n/localized-text';
import { SourceConfidence } from './source-confidence';

/** Principles 1–4 address companies; 5 addresses investors/FIs and is never a question tag (REFERENCE §1.2). */
export const GGL_PRINCIPLE_IDS = [1, 2, 3, 4] as const;
export type GglPrincipleId = (typeof GGL_PRINCIPLE_IDS)[number];

export interface GglPrinciple {
  readonly id: GglPrincipleId;
  /** Our own paraphrase — the official Japanese names of 2–4 are not confirmed. */
  readonly label: LocalizedText;
  readonly nameConfidence: SourceConfidence;
}

export const GGL_PRINCIPLES: readonly GglPrinciple[] = [
  {
    id: 1,
    label: t('価格決定力・ゲームチェンジにつなげる', 'Link intangibles to pricing power or game change'),
    nameConfidence: 'confirmed',
  },
  {
    id: 2,
    label: t('費用ではなく資産の形成と捉える', 'Treat intangible spending as asset formation, not cost'),
    nameConfidence: 'unconfirmed',
  },
  {
    id: 3,
    label: t('ロジック・ストーリーとして開示・発信する', 'Disclose as a logic and story'),
    nameConfidence: 'unconfirmed',
  },
  {
    id: 4,
    label: t('全社横断の体制とガバナンス', 'Company-wide structure and governance'),
    nameConfidence: 'unconfirmed',
  },
];
