import { useTranslation } from 'react-i18next';
import type { DisclosureJudgement } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import '../grade.css';

/**
 * Beside the score: this text tells its strategy almost without the words of technology and rights, a kind of text on
 * which the judgement agreed much less with analysts (issue 18). Results saved before v2.25 carry no coverage: nothing.
 */
export function PlainTextCaution({
  result,
  secondOpinionBelow = false,
}: {
  result: DisclosureJudgement;
  /** The page offers an LLM second opinion right below the summary: point to it. */
  secondOpinionBelow?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const coverage = result.coverage;
  if (!coverage?.plainBusinessText || !coverage.note) return null;
  return (
    <p className="plain-text-caution" role="note" data-testid="plain-text-caution">
      <span className="plain-text-caution__icon" aria-hidden="true">
        !
      </span>
      <span>
        <strong>{t('disclosures.result.plainTextCaution')}</strong> {bilingualText(coverage.note, i18n.language)}
        {secondOpinionBelow ? ` ${t('disclosures.result.plainTextSecondOpinion')}` : null}
      </span>
    </p>
  );
}
