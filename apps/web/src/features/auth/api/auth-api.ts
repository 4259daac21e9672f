import type {
  CurrentUser,
  LoginRequest,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  SignupRequest,
  UpdateMeRequest,
} from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

export const authApi = {
  me: (client: ApiClient) => client.getUnchecked<CurrentUser>('/api/auth/me'),
  signup: (client: ApiClient, body: SignupRequest) =>
    client.sendUnchecked<CurrentUser>('POST', '/api/auth/signup', body),
  login: (client: ApiClient, body: LoginRequest) => client.sendUnchecked<CurrentUser>('POST', '/api/auth/login', body),
  logout: (client: ApiClient) => client.post('/api/auth/logout'),
  updateMe: (client: ApiClient, body: UpdateMeRequest) =>
    client.sendUnchecked<CurrentUser>('PATCH', '/api/auth/me', body),
  requestPasswordReset: (client: ApiClient, body: PasswordResetRequest) =>
    client.post('/api/auth/password-reset/request', body),
  confirmPasswordReset: (client: ApiClient, body: PasswordResetConfirmRequest) =>
    client.post('/api/auth/password-reset/confirm', body),
};
