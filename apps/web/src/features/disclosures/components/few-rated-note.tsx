import { useTranslation } from 'react-i18next';
import type { GradeBasis } from '@ipgn/contracts';
import { isFewRated } from '../utils/is-few-rated';
import '../grade.css';

export interface FewRatedNoteProps {
  basis: GradeBasis | null | undefined;
  /** A few words for a badge in a list ("based on only 2 rated texts") instead of the sentence. */
  short?: boolean;
}

/**
 * Beside a grade whose band rests on few rated texts (fewer than FEW_RATED_TEXTS): says plainly how few, with a
 * warning sign and words (never colour alone), so that a big "A" never stands alone. Nothing otherwise.
 */
export function FewRatedNote({ basis, short = false }: FewRatedNoteProps) {
  const { t } = useTranslation();
  if (!isFewRated(basis)) return null;
  const text =
    basis.rated === 0
      ? t(short ? 'disclosures.grade.fewShortNone' : 'disclosures.grade.fewNone')
      : t(short ? 'disclosures.grade.fewShort' : 'disclosures.grade.few', { count: basis.rated });
  return (
    <span className={short ? 'few-rated few-rated--short' : 'few-rated'} data-testid="few-rated">
      <span aria-hidden="true" className="few-rated__icon">
        !
      </span>
      {text}
    </span>
  );
}
