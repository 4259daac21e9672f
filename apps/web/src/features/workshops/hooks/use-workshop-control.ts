import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnswerValue } from '@ipgn/assessment';
import { useApiClient } from '../../../shared/api/use-api-client';
import type { WorkshopStateInput } from '../api/workshop-api-types';
import { workshopsApi } from '../api/workshops-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';
import type { WorkshopView } from '@ipgn/workshops';

export type WorkshopCommand =
  | { kind: 'start' }
  | { kind: 'close' }
  | { kind: 'reopen' }
  | { kind: 'state'; input: WorkshopStateInput }
  | { kind: 'agree'; questionId: string; value: AnswerValue | null };

/** The facilitator's commands; each answers with the whole workshop, which replaces the cached one. */
export function useWorkshopControl(orgId: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: WorkshopCommand): Promise<WorkshopView> => {
      switch (command.kind) {
        case 'start':
          return workshopsApi.start(client, orgId, id);
        case 'close':
          return workshopsApi.close(client, orgId, id);
        case 'reopen':
          return workshopsApi.reopen(client, orgId, id);
        case 'state':
          return workshopsApi.setState(client, orgId, id, command.input);
        case 'agree':
          return workshopsApi.setAgreed(client, orgId, id, command.questionId, command.value);
      }
    },
    onSuccess: (view) => {
      queryClient.setQueryData(workshopQueryKeys.detail(orgId, id), view);
      void queryClient.invalidateQueries({ queryKey: workshopQueryKeys.list(orgId), exact: true });
      // Locking, the countdown and closing publish figures.
      void queryClient.invalidateQueries({ queryKey: workshopQueryKeys.results(orgId, id) });
    },
  });
}
