import type {
  LoginRequest,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  SignupRequest,
  UpdateMeRequest,
} from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./auth-schemas'));

export const authApi = {
  me: (client: ApiClient) => client.get('/api/auth/me', schema('currentUserSchema')),
  signup: (client: ApiClient, body: SignupRequest) =>
    client.post('/api/auth/signup', body, schema('currentUserSchema')),
  login: (client: ApiClient, body: LoginRequest) => client.post('/api/auth/login', body, schema('currentUserSchema')),
  logout: (client: ApiClient) => client.post('/api/auth/logout'),
  updateMe: (client: ApiClient, body: UpdateMeRequest) =>
    client.patch('/api/auth/me', body, schema('currentUserSchema')),
  requestPasswordReset: (client: ApiClient, body: PasswordResetRequest) =>
    client.post('/api/auth/password-reset/request', body),
  confirmPasswordReset: (client: ApiClient, body: PasswordResetConfirmRequest) =>
    client.post('/api/auth/password-reset/confirm', body),
};
