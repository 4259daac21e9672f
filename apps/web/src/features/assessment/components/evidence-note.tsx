import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { usePlanning } from '../hooks/use-planning';

export interface EvidenceNoteProps {
  orgId: string;
  assessmentId: string;
  questionId: string;
  /** Whether the links can be changed here (draft, or an answer returned in review, by a manager of the round). */
  editable: boolean;
}

/**
 * The evidence of one claim that needs validation: links (one per line) the reviewer opens before accepting.
 * Stored as the question's note on the round's planning (the same notes the transfer files carry).
 */
export function EvidenceNote({ orgId, assessmentId, questionId, editable }: EvidenceNoteProps) {
  const { t } = useTranslation();
  const { query, save } = usePlanning(orgId, assessmentId);
  const id = useId();
  const stored = query.data?.notes[questionId]?.evidence ?? [];
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? stored.join('\n');
  if (!query.data) return null;
  const planning = query.data;

  const onSave = () => {
    const evidence = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const note = { ...planning.notes[questionId], evidence };
    save.mutate({ ...planning, notes: { ...planning.notes, [questionId]: note } }, { onSuccess: () => setDraft(null) });
  };

  return (
    <div className="evidence-note">
      {editable ? (
        <>
          <label htmlFor={`${id}-links`}>{t('assessment.validation.evidenceLinks')}</label>
          <textarea
            id={`${id}-links`}
            rows={2}
            value={text}
            aria-invalid={save.isError || undefined}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setDraft(e.target.value)}
          />
          <p id={`${id}-hint`} className="hint">
            {t('assessment.validation.evidenceHint')}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={onSave}
            disabled={save.isPending || draft === null}
          >
            {t('assessment.validation.evidenceSave')}
          </button>
          <span role="status">
            {save.isSuccess && draft === null ? t('assessment.validation.evidenceSaved') : null}
          </span>
          {save.isError ? <FormErrorAlert error={save.error} /> : null}
        </>
      ) : stored.length > 0 ? (
        <p>
          {t('assessment.validation.evidence')}:{' '}
          {stored.map((url) => (
            <a key={url} href={url} target="_blank" rel="noreferrer noopener" className="evidence-note__link">
              {url}
            </a>
          ))}
        </p>
      ) : null}
    </div>
  );
}
