import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';

/** Import a whole-round file: preview first (nothing written), then confirm with the same file. */
export function useRoundImport(orgId: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const preview = useMutation({ mutationFn: (file: File) => assessmentApi.previewImport(client, orgId, id, file) });
  const confirm = useMutation({
    mutationFn: (file: File) => assessmentApi.confirmImport(client, orgId, id, file),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'assessments', id] }),
  });
  return { preview, confirm };
}
