import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import type { PublicCriterionScore } from '@ipgn/drafting';
import { NotApplicableMark } from '../../../shared/components/not-applicable-mark';

/**
 * Per-criterion scores as a list with the level in numbers and a bar (the number is the signal, not the colour). A
 * criterion the text gave nothing to judge shows "— 判断対象なし" instead: no level, no meter with a made-up value.
 */
export function CriterionScores({ criteria }: { criteria: readonly PublicCriterionScore[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <>
      <ul className="criterion-scores">
        {criteria.map((c) => (
          <li key={c.id} data-testid={`public-criterion-${c.key}`}>
            <span>{c.name[locale]}</span>
            {c.notApplicable ? (
              <NotApplicableMark />
            ) : (
              <>
                <meter min={0} max={3} value={c.score} aria-label={c.name[locale]} />
                <span>{t('publicDisclosures.company.level', { score: c.score })}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {criteria.some((c) => c.notApplicable) ? (
        <p className="muted">{t('publicDisclosures.company.notApplicableNote')}</p>
      ) : null}
    </>
  );
}
