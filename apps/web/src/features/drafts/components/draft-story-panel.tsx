import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STORY_STATUS_LABELS, storyDiagramText, type StoryModel } from '@ipgn/drafting';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { slotLink } from '../utils/slot-link';

export interface DraftStoryPanelProps {
  story: StoryModel | undefined;
  orgId: string;
  openAssessmentId: string | null;
}

/**
 * The value-creation story behind the draft: its checklist, the incoherences found, and the diagram source. It speaks
 * the reader's language (the library gives every line in both), whatever language the draft itself is written in.
 */
export function DraftStoryPanel({ story, orgId, openAssessmentId }: DraftStoryPanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLocale(i18n);
  if (!story) return null;
  const diagram = storyDiagramText(story, language);
  return (
    <section aria-labelledby="draft-story-title" className="panel draft-story">
      <h2 id="draft-story-title">{t('drafts.story.heading')}</h2>
      <ul className="list" aria-label={t('drafts.story.checklist')}>
        {story.checklist.map((item) => {
          const link = item.status === 'ok' ? null : slotLink(orgId, openAssessmentId, item);
          return (
            <li key={item.id} data-status={item.status}>
              <span className={`story-status story-status--${item.status}`}>
                {STORY_STATUS_LABELS[item.status][language]}
              </span>{' '}
              {item.label[language]}
              {link ? (
                <>
                  {' '}
                  <Link to={link.to}>
                    {link.kind === 'question' ? t('drafts.editor.slotAnswerQuestion') : t('drafts.editor.slotFillFact')}
                  </Link>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <h3>{t('drafts.story.findings', { count: story.findings.length })}</h3>
      {story.findings.length === 0 ? <p>{t('drafts.story.noFindings')}</p> : null}
      <ul className="list">
        {story.findings.map((f) => (
          <li key={`${f.kind}-${f.subjectId}`}>{f.message[language]}</li>
        ))}
      </ul>
      {diagram.split('\n').length > 1 ? (
        <details>
          <summary>{t('drafts.story.diagram')}</summary>
          <pre className="story-mermaid">{diagram}</pre>
        </details>
      ) : null}
    </section>
  );
}
