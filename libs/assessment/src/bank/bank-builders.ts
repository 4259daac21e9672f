import { LocalizedText, t } from '../i18n/localized-text';
import { CgcTag } from '../taxonomy/cgc-clauses';
import { GglActionId } from '../taxonomy/ggl-actions';
import { GglPrincipleId } from '../taxonomy/ggl-principles';
import { VcgSectionId } from '../taxonomy/value-co-creation-sections';
import { AgendaItemId } from '../taxonomy/ip-program-agenda';
import { ChoiceOption, MaturityLevel, QuestionTags } from './question';
import { Track } from './track';

// Small builders so the module data files read like content, not like plumbing.

export const BOTH: readonly Track[] = ['listed', 'sme'];
export const LISTED: readonly Track[] = ['listed'];
export const SME: readonly Track[] = ['sme'];

export function tags(
  gglActions: readonly GglActionId[],
  gglPrinciples: readonly GglPrincipleId[],
  vcg: readonly VcgSectionId[],
  cgc: readonly CgcTag[] = [],
): QuestionTags {
  return { gglActions, gglPrinciples, vcg, cgc };
}

/** Tags for a question that also asks about IP Strategic Program 2026 agenda items (REFERENCE §12). */
export function agendaTags(
  agenda: readonly AgendaItemId[],
  gglActions: readonly GglActionId[],
  gglPrinciples: readonly GglPrincipleId[],
  vcg: readonly VcgSectionId[],
  cgc: readonly CgcTag[] = [],
): QuestionTags {
  return { gglActions, gglPrinciples, vcg, cgc, agenda };
}

type Pair = readonly [ja: string, en: string];

/** Five anchors, level 0 to 4, each as [ja, en]. */
export function ladder(
  l0: Pair,
  l1: Pair,
  l2: Pair,
  l3: Pair,
  l4: Pair,
): readonly [LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText] {
  return [t(...l0), t(...l1), t(...l2), t(...l3), t(...l4)];
}

export function option(
  id: string,
  ja: string,
  en: string,
  maturity?: MaturityLevel,
  exclusive?: boolean,
): ChoiceOption {
  return {
    id,
    label: t(ja, en),
    ...(maturity === undefined ? {} : { maturity }),
    ...(exclusive ? { exclusive } : {}),
  };
}

export const MILLION_YEN: LocalizedText = t('百万円', 'million yen');
