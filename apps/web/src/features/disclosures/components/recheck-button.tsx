import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DisclosureRecord } from '@ipgn/disclosure-scoring';

export interface RecheckButtonProps {
  record: Pick<DisclosureRecord, 'title' | 'documentType' | 'text' | 'companyName'>;
  /** The form's sessionStorage key (ScoreDisclosureForm's `draftKey`). */
  draftKey: string;
  /** Where the form is. */
  formPath: string;
}

/**
 * Puts a judged text back into the form (the form keeps what it holds in sessionStorage and reads it when it opens),
 * so a writer can change a sentence and judge again instead of pasting the whole text anew. The company name goes back
 * with it (it never counts as content, so the same words get the same judgement); the language is detected again, and
 * no submission id is carried over: the second judgement is a new one.
 */
export function RecheckButton({ record, draftKey, formPath }: RecheckButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const recheck = () => {
    try {
      sessionStorage.setItem(
        draftKey,
        JSON.stringify({
          // A check's default title (its company name) is not a title the reader gave: leave the field empty.
          title: record.title === record.companyName ? '' : record.title,
          documentType: record.documentType,
          language: '',
          companyName: record.companyName ?? '',
          text: record.text,
        }),
      );
    } catch {
      // Storage full or blocked: the form opens empty, as it would have before.
    }
    void navigate(formPath);
  };
  return (
    <div className="recheck">
      <button type="button" className="button secondary" onClick={recheck} aria-describedby="recheck-hint">
        {t('disclosures.result.recheck')}
      </button>
      <p id="recheck-hint" className="muted">
        {t('disclosures.result.recheckHint')}
      </p>
    </div>
  );
}
