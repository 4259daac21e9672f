import { questionsForTrack } from '@ipgn/assessment';
import type { Client } from '../../test-app';
import type { CallTable, Fixture } from './matrix-fixture';

// Questions of the SME round that are always shown, each with a valid answer: every allowed call answers a fresh one.
const FRESH_ANSWERS = questionsForTrack('sme').flatMap((q): { id: string; value: unknown }[] => {
  if (q.showIf) return [];
  if (q.type === 'maturity') return [{ id: q.id, value: 2 }];
  if (q.type === 'single') return q.options[0] ? [{ id: q.id, value: q.options[0].id }] : [];
  if (q.type === 'text') return [{ id: q.id, value: 'matrix' }];
  return [];
});
let answerCalls = 0;
let nextAnswer: { id: string; value: unknown } = { id: '', value: null };
/** Picks the next fresh question (params run before the body is built, so the body reads the same pick). */
const takeNextAnswer = () => (nextAnswer = FRESH_ANSWERS[answerCalls++ % FRESH_ANSWERS.length] ?? nextAnswer);

/**
 * Posts the round's own JSON export, without its answers, as the import file: an allowed import then writes no answer
 * the other cases rely on (a refused role gets 403 before the file is read).
 */
async function importOwnExport(client: Client, path: string) {
  const exported = await client.agent.get(path.replace(/\/import(\/preview)?$/, '/transfer.json'));
  const file =
    exported.status === 200 ? Buffer.from(JSON.stringify({ ...exported.body, answers: {} })) : Buffer.from('{}');
  const csrf = await client.refreshCsrf();
  return client.agent.post(path).set('x-csrf-token', csrf).attach('file', file, 'round.json');
}

/** The open listed round (in progress or in review), if any. */
async function listedDraft(f: Fixture): Promise<string | undefined> {
  const rounds = (await f.owner.get(`/api/orgs/${f.orgId}/assessments`)).body.items as {
    id: string;
    track: string;
    status: string;
  }[];
  return rounds.find((r) => r.track === 'listed' && r.status !== 'submitted')?.id;
}
async function closeListedRound(f: Fixture): Promise<void> {
  const open = await listedDraft(f);
  if (open) await f.owner.post(`/api/orgs/${f.orgId}/assessments/${open}/submit`);
}
const CLAIM = 'm6.cross-functional';
let claimant: Client | undefined;
/**
 * A fresh listed round in review whose one level-4 claim was given by a contributor of its own, so that no role
 * under test reviews its own answer; the previous open round is submitted first (its claims, if any, accepted).
 */
async function claimInReview(f: Fixture): Promise<string> {
  claimant ??= await f.ctx.newMember(f.owner, f.orgId, 'contributor');
  const open = await listedDraft(f);
  if (open) {
    const detail = (await f.owner.get(`/api/orgs/${f.orgId}/assessments/${open}`)).body as {
      validation: { items: { questionId: string; state: string; answerVersion: number }[] };
    };
    for (const item of detail.validation.items.filter((i) => i.state !== 'accepted')) {
      await f.owner.send('put', `/api/orgs/${f.orgId}/assessments/${open}/reviews/${item.questionId}`, {
        decision: 'accepted',
        answerVersion: item.answerVersion,
      });
    }
    await f.owner.post(`/api/orgs/${f.orgId}/assessments/${open}/submit`);
  }
  const id = String((await claimant.post(`/api/orgs/${f.orgId}/assessments`, { track: 'listed' })).body.id);
  await claimant.send('put', `/api/orgs/${f.orgId}/assessments/${id}/answers/${CLAIM}`, {
    value: 4,
    expectedVersion: 0,
  });
  await claimant.post(`/api/orgs/${f.orgId}/assessments/${id}/request-validation`);
  return id;
}
async function openListedRound(f: Fixture): Promise<string> {
  return (
    (await listedDraft(f)) ??
    String((await f.owner.post(`/api/orgs/${f.orgId}/assessments`, { track: 'listed' })).body.id)
  );
}

/** Assessment rounds (answering, validation, results, exports, planning, transfer) and benchmark participation. */
export const assessmentCalls: CallTable = {
  'GET /api/orgs/:orgId/assessments': {},
  // Only one open round per track: an allowed start first submits the open listed round.
  'POST /api/orgs/:orgId/assessments': {
    body: () => ({ track: 'listed' }),
    params: async (f, allowed) => (allowed ? (await closeListedRound(f), {}) : {}),
  },
  'GET /api/orgs/:orgId/assessments/:id': {},
  // Each call answers a question nobody has answered yet, so every allowed call succeeds.
  'PUT /api/orgs/:orgId/assessments/:id/answers/:questionId': {
    body: () => ({ value: nextAnswer.value, expectedVersion: 0 }),
    params: async () => ({ questionId: takeNextAnswer().id }),
  },
  'PUT /api/orgs/:orgId/assessments/:id/assignments/:moduleId': { body: () => ({ userId: null }) },
  // An allowed submit locks a round, so each one gets an open listed round of its own.
  'POST /api/orgs/:orgId/assessments/:id/submit': {
    params: async (f, allowed): Promise<Record<string, string>> => (allowed ? { id: await openListedRound(f) } : {}),
  },
  // An allowed request gets a fresh listed draft; an allowed decision a fresh round in review with a contributor's level-4 claim.
  'POST /api/orgs/:orgId/assessments/:id/request-validation': {
    params: async (f, allowed): Promise<Record<string, string>> =>
      allowed ? (await closeListedRound(f), { id: await openListedRound(f) }) : {},
  },
  'PUT /api/orgs/:orgId/assessments/:id/reviews/:questionId': {
    body: () => ({ decision: 'accepted', comment: 'マトリクスの確認', answerVersion: 1 }),
    params: async (f, allowed): Promise<Record<string, string>> => ({
      questionId: CLAIM,
      ...(allowed && { id: await claimInReview(f) }),
    }),
  },
  'GET /api/orgs/:orgId/assessments/:id/results': {},
  'GET /api/orgs/:orgId/assessments/:id/compare/:otherId': {},
  'GET /api/orgs/:orgId/assessments/:id/export.csv': {},
  'GET /api/orgs/:orgId/assessments/:id/export.xlsx': {},
  'GET /api/orgs/:orgId/assessments/:id/export.pdf': {},
  'GET /api/orgs/:orgId/assessments/:id/planning': {},
  'PUT /api/orgs/:orgId/assessments/:id/planning': { body: () => ({ targets: { modules: { m1: 3 } } }) },
  'GET /api/orgs/:orgId/assessments/:id/transfer.json': {},
  'GET /api/orgs/:orgId/assessments/:id/transfer.xlsx': {},
  // The round's own export, imported back into it: an allowed call previews (or writes) the same answers.
  'POST /api/orgs/:orgId/assessments/:id/import/preview': { send: (client, path) => importOwnExport(client, path) },
  'POST /api/orgs/:orgId/assessments/:id/import': { send: (client, path) => importOwnExport(client, path) },
  'GET /api/orgs/:orgId/assessments/:id/sme-report': {},
  'GET /api/orgs/:orgId/assessments/:id/bank-sheets.xlsx': {},
  'GET /api/orgs/:orgId/assessments/:id/bank-sheets.docx': {},
  // Opting out when not taking part changes nothing: every allowed call succeeds.
  'GET /api/orgs/:orgId/benchmark-participation': {},
  'PUT /api/orgs/:orgId/benchmark-participation': { body: () => ({ optedIn: false }) },
  'GET /api/orgs/:orgId/assessments/:id/benchmark': {},
};
