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
  me: (client: ApiClient) => client.get<CurrentUser>('/api/auth/me'),
  signup: (client: ApiClient, body: SignupRequest) => client.post<CurrentUser>('/api/auth/signup', body),
  login: (client: ApiClient, body: LoginRequest) => client.post<CurrentUser>('/api/auth/login', body),
  logout: (client: ApiClient) => client.post<void>('/api/auth/logout'),
  updateMe: (client: ApiClient, body: UpdateMeRequest) => client.patch<CurrentUser>('/api/auth/me', body),
  requestPasswordReset: (client: ApiClient, body: PasswordResetRequest) =>
    client.post<void>('/api/auth/password-reset/request', body),
  confirmPasswordReset: (client: ApiClient, body: PasswordResetConfirmRequest) =>
    client.post<void>('/api/auth/password-reset/confirm', body),
};
