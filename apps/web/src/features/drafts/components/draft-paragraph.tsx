import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DraftLanguage, Paragraph } from '@ipgn/drafting';
import { slotLink } from '../utils/slot-link';

export interface DraftParagraphProps {
  paragraph: Paragraph;
  language: DraftLanguage;
  orgId: string;
  assessmentId: string | null;
}

/** One paragraph; each "to be completed" slot is marked in words and links to where it is filled. */
export function DraftParagraph({ paragraph, language, orgId, assessmentId }: DraftParagraphProps) {
  const { t } = useTranslation();
  return (
    <p className="draft-section__paragraph">
      {paragraph.runs.map((run, i) => {
        if (run.kind === 'text') return <span key={i}>{run.text}</span>;
        const link = slotLink(orgId, assessmentId, run);
        return (
          <mark key={i} className="slot" data-testid="draft-slot">
            <span className="slot__badge">{t('drafts.editor.slotBadge')}</span>
            {run.label[language]}
            {link ? (
              <>
                {' '}
                <Link to={link.to}>
                  {link.kind === 'question' ? t('drafts.editor.slotAnswerQuestion') : t('drafts.editor.slotFillFact')}
                </Link>
              </>
            ) : null}
          </mark>
        );
      })}
    </p>
  );
}
