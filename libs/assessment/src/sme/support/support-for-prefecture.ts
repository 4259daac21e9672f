import { LocalizedText } from '../../i18n/localized-text';
import { SUPPORT_PROGRAMMES, SUPPORT_PROGRAMMES_AS_OF, SupportProgramme, SupportSource } from './support-programmes';

export interface SupportContact {
  readonly programmeId: SupportProgramme['id'];
  readonly name: LocalizedText;
  readonly runBy: LocalizedText;
  readonly offers: LocalizedText;
  /** The prefecture's own page where confirmed, else the programme portal where confirmed, else null. */
  readonly url: string | null;
  readonly urlIsForPrefecture: boolean;
  readonly nationalPhone: string | null;
  readonly sources: readonly SupportSource[];
}

export interface SupportForPrefecture {
  /** JIS code of the organization's prefecture, or null when the profile has none. */
  readonly prefecture: string | null;
  readonly asOf: string;
  readonly contacts: readonly SupportContact[];
}

/** The free help programmes for a prefecture, from the dated list; never an invented office. */
export function supportForPrefecture(
  prefecture: string | null | undefined,
  ids?: readonly SupportProgramme['id'][],
): SupportForPrefecture {
  const pref = prefecture ?? null;
  const chosen = ids ? SUPPORT_PROGRAMMES.filter((p) => ids.includes(p.id)) : SUPPORT_PROGRAMMES;
  return {
    prefecture: pref,
    asOf: SUPPORT_PROGRAMMES_AS_OF,
    contacts: chosen.map((p) => {
      const local = pref ? p.prefecturePages[pref] : undefined;
      return {
        programmeId: p.id,
        name: p.name,
        runBy: p.runBy,
        offers: p.offers,
        url: local ?? p.portalUrl,
        urlIsForPrefecture: local !== undefined,
        nationalPhone: p.nationalPhone,
        sources: p.sources,
      };
    }),
  };
}
