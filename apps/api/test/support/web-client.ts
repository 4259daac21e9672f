/* eslint-disable @nx/enforce-module-boundaries -- the one place the API's tests use the web app (decision 0018) */
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ApiClient } from '../../../web/src/shared/api/api-client';

// The web app's own calls (path + response schema), so the drift spec reads the API exactly as the pages do.
export { assessmentApi } from '../../../web/src/features/assessment/api/assessment-api';
export { auditApi } from '../../../web/src/features/audit/api/audit-api';
export { authApi } from '../../../web/src/features/auth/api/auth-api';
export { benchmarkApi } from '../../../web/src/features/benchmark/api/benchmark-api';
export { dialogueApi } from '../../../web/src/features/dialogue/api/dialogue-api';
export { disclosuresApi } from '../../../web/src/features/disclosures/api/disclosures-api';
export { draftsApi } from '../../../web/src/features/drafts/api/drafts-api';
export { invitationApi } from '../../../web/src/features/invitations/api/invitation-api';
export { membersApi } from '../../../web/src/features/members/api/members-api';
export { notificationsApi } from '../../../web/src/features/notifications/api/notifications-api';
export { organizationApi } from '../../../web/src/features/organizations/api/organization-api';
export { publicDisclosuresApi } from '../../../web/src/features/public-disclosures/api/public-disclosures-api';
export { smeApi } from '../../../web/src/features/sme/api/sme-api';
export { participantApi } from '../../../web/src/features/workshops/api/participant-api';
export { workshopsApi } from '../../../web/src/features/workshops/api/workshops-api';
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
