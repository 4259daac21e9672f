import { useAssessments } from '../../assessment/hooks/use-assessments';

/** The id of the assessment round still open for answers (the newest one), or null: slots link only there. */
export function useOpenAssessmentId(orgId: string): string | null {
  const list = useAssessments(orgId);
  const open = (list.data ?? [])
    .filter((a) => a.status === 'draft')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return open?.id ?? null;
}
