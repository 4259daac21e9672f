import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import type { CreateWorkshopInput } from '../api/workshop-api-types';
import { workshopsApi } from '../api/workshops-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';

export function useCreateWorkshop(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWorkshopInput) => workshopsApi.create(client, orgId, input),
    onSuccess: (created) => {
      queryClient.setQueryData(workshopQueryKeys.detail(orgId, created.id), created);
      void queryClient.invalidateQueries({ queryKey: workshopQueryKeys.list(orgId), exact: true });
    },
  });
}
