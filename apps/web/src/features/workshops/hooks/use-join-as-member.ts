import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { workshopsApi } from '../api/workshops-api';
import { participantSession } from '../utils/participant-session';
import type { WorkshopDepartment } from '@ipgn/contracts';

/** Joins a live workshop as the signed-in member and keeps the participant token for the answering screen. */
export function useJoinAsMember(orgId: string, workshopId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (department: WorkshopDepartment) =>
      workshopsApi.joinAsMember(client, orgId, workshopId, department, participantSession.deviceKey()),
    onSuccess: (joined) => participantSession.save(joined),
  });
}
