import type { CurrentUser, InvitationPreview } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

export const invitationApi = {
  preview: (client: ApiClient, token: string) =>
    client.get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`),
  accept: (client: ApiClient, token: string) =>
    client.post<CurrentUser>(`/api/invitations/${encodeURIComponent(token)}/accept`),
};
