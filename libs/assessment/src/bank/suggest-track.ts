import { LocalizedText, t } from '../i18n/localized-text';
import { AssessmentProfile } from './assessment-profile';
import { Track } from './track';

export interface TrackSuggestion {
  readonly track: Track;
  readonly reason: LocalizedText;
}

/** The SME track is suggested for SMEs, startups and any unlisted company; the user may still choose either. */
export function suggestTrack(profile: Pick<AssessmentProfile, 'listingStatus' | 'companySize'>): TrackSuggestion {
  if (profile.companySize === 'sme' || profile.companySize === 'startup') {
    return {
      track: 'sme',
      reason: t(
        '中小企業・スタートアップ向けのやさしい設問をおすすめします。',
        'The plain-language SME/startup track is suggested for your company size.',
      ),
    };
  }
  if (profile.listingStatus === 'unlisted') {
    return {
      track: 'sme',
      reason: t(
        '非上場企業には、開示・対話の設問が少ない中小企業向けトラックをおすすめします。',
        'For unlisted companies the SME track, with fewer disclosure and investor questions, is suggested.',
      ),
    };
  }
  return {
    track: 'listed',
    reason: t(
      '上場企業向けトラック（開示・ガバナンスの設問を含む）をおすすめします。',
      'The listed-company track, including disclosure and governance questions, is suggested.',
    ),
  };
}
