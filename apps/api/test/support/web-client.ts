/* eslint-disable @nx/enforce-module-boundaries -- the one place the API's tests use the web app (decision 0018) */
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ApiClient } from '../../../web/src/shared/api/api-client';

// The web app's own calls (path + response schema), so the drift spec reads the API exactly as the pages do.
import { assessmentApi as assessmentApiCalls } from '../../../web/src/features/assessment/api/assessment-api';
import { auditApi as auditApiCalls } from '../../../web/src/features/audit/api/audit-api';
import { authApi as authApiCalls } from '../../../web/src/features/auth/api/auth-api';
import { benchmarkApi as benchmarkApiCalls } from '../../../web/src/features/benchmark/api/benchmark-api';
import { dialogueApi as dialogueApiCalls } from '../../../web/src/features/dialogue/api/dialogue-api';
import { disclosuresApi as disclosuresApiCalls } from '../../../web/src/features/disclosures/api/disclosures-api';
import { draftsApi as draftsApiCalls } from '../../../web/src/features/drafts/api/drafts-api';
import { invitationApi as invitationApiCalls } from '../../../web/src/features/invitations/api/invitation-api';
import { membersApi as membersApiCalls } from '../../../web/src/features/members/api/members-api';
import { notificationsApi as notificationsApiCalls } from '../../../web/src/features/notifications/api/notifications-api';
import { organizationApi as organizationApiCalls } from '../../../web/src/features/organizations/api/organization-api';
import { publicDisclosuresApi as publicDisclosuresApiCalls } from '../../../web/src/features/public-disclosures/api/public-disclosures-api';
import { smeApi as smeApiCalls } from '../../../web/src/features/sme/api/sme-api';
import { participantApi as participantApiCalls } from '../../../web/src/features/workshops/api/participant-api';
import { workshopsApi as workshopsApiCalls } from '../../../web/src/features/workshops/api/workshops-api';
export { ApiRequestError } from '../../../web/src/shared/api/api-request-error';
export type { ApiClient };

const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * A `fetch` served by the app in memory (supertest): one cookie jar, as one browser has. Relative paths as the web
 * app sends them; headers and a string body go through as given.
 */
export function browserFetch(app: INestApplication): typeof fetch {
  const agent = request.agent(app.getHttpServer());
  return async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname + input.search : input.url;
    const method = (init.method ?? 'GET').toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let req = agent[method](url);
    for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>))
      req = req.set(name, value);
    if (init.body !== undefined && init.body !== null) {
      if (typeof init.body !== 'string') throw new Error('browserFetch: only JSON string bodies are supported');
      req = req.send(init.body);
    }
    // The body as text whatever its type: the web client parses it itself.
    const res = await req.buffer(true).parse((stream, done) => {
      let text = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (text += chunk));
      stream.on('end', () => done(null, text));
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers as Record<string, string | string[]>)) {
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    }
    return new Response(NO_BODY.has(res.status) ? null : (res.body as string), { status: res.status, headers });
  };
}

/** The web app's ApiClient, signed out, in a browser of its own. */
export function webClient(app: INestApplication, locale: 'ja' | 'en' = 'ja'): ApiClient {
  return new ApiClient({ fetchFn: browserFetch(app), getLocale: () => locale });
}

const called = new Set<string>();
const every: string[] = [];

/** The feature's calls, each recording that it ran (link builders, `…Url`, send nothing and are left out). */
function tracked<T extends Record<string, unknown>>(feature: string, calls: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(calls)) {
    if (typeof value !== 'function' || name.endsWith('Url')) {
      wrapped[name] = value;
      continue;
    }
    const key = `${feature}.${name}`;
    every.push(key);
    wrapped[name] = (...args: unknown[]) => {
      called.add(key);
      return (value as (...a: unknown[]) => unknown)(...args);
    };
  }
  return wrapped as T;
}

/** The web's calls that the spec has not made yet: each must be exercised or left out with a reason. */
export function callsNotMade(): string[] {
  return every.filter((key) => !called.has(key));
}

export const assessmentApi = tracked('assessmentApi', assessmentApiCalls);
export const auditApi = tracked('auditApi', auditApiCalls);
export const authApi = tracked('authApi', authApiCalls);
export const benchmarkApi = tracked('benchmarkApi', benchmarkApiCalls);
export const dialogueApi = tracked('dialogueApi', dialogueApiCalls);
export const disclosuresApi = tracked('disclosuresApi', disclosuresApiCalls);
export const draftsApi = tracked('draftsApi', draftsApiCalls);
export const invitationApi = tracked('invitationApi', invitationApiCalls);
export const membersApi = tracked('membersApi', membersApiCalls);
export const notificationsApi = tracked('notificationsApi', notificationsApiCalls);
export const organizationApi = tracked('organizationApi', organizationApiCalls);
export const publicDisclosuresApi = tracked('publicDisclosuresApi', publicDisclosuresApiCalls);
export const smeApi = tracked('smeApi', smeApiCalls);
export const participantApi = tracked('participantApi', participantApiCalls);
export const workshopsApi = tracked('workshopsApi', workshopsApiCalls);
