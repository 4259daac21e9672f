import type { CurrentUser, InvitationPreview } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

export const invitationApi = {
  preview: (client: ApiClient, token: string) =>
    client.getUnchecked<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`),
  accept: (client: ApiClient, token: string) =>
    client.sendUnchecked<CurrentUser>('POST', `/api/invitations/${encodeURIComponent(token)}/accept`),
};
