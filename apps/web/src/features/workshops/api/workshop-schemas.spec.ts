import { ORG_ID } from '../../../testing/fixtures';
import { describeCheckedCalls, without } from '../../../testing/checked-calls';
import { workshopsApi } from './workshops-api';
import type { AdvisorClientView, AppliedToAssessmentView, JoinedView } from '@ipgn/contracts';
import type { QuestionResult, WorkshopResults, WorkshopView } from '@ipgn/workshops';

const WS = 'w-1';
const base = `/api/orgs/${ORG_ID}/workshops`;

const workshop: WorkshopView = {
  id: WS,
  title: '経営と知財の対話',
  questionIds: ['m9-q1', 'm9-q2'],
  departments: ['executive', 'ip'],
  anonymity: 'named',
  scheduledAt: '2026-12-10T01:00:00.000Z',
  status: 'live',
  currentQuestionIndex: 0,
  resultsVisible: false,
  lockedQuestionIds: ['m9-q1'],
  publishedQuestionIds: ['m9-q1'],
  timerEndsAt: '2026-12-10T01:05:00.000Z',
  joinCode: 'K7QX2M',
  agreedAnswers: [
    { questionId: 'm9-q1', value: 3, agreedAt: '2026-12-10T01:10:00.000Z' },
    { questionId: 'm9-q2', value: ['a', 'b'], agreedAt: '2026-12-10T01:11:00.000Z' },
  ],
  participants: {
    total: 2,
    byDepartment: [{ department: 'ip', count: 2 }],
    named: [{ displayName: '山田花子', department: 'ip' }],
  },
  createdAt: '2026-12-01T00:00:00.000Z',
  startedAt: '2026-12-10T01:00:00.000Z',
  closedAt: null,
};
const draft: WorkshopView = {
  ...workshop,
  id: 'w-2',
  status: 'draft',
  anonymity: 'anonymous',
  joinCode: null,
  timerEndsAt: null,
  lockedQuestionIds: [],
  publishedQuestionIds: [],
  agreedAnswers: [],
  participants: { total: 0, byDepartment: [] },
  startedAt: null,
};

const question: QuestionResult = {
  questionId: 'm9-q1',
  gglActions: [2, 5],
  respondents: 6,
  total: { respondents: 6, mean: 50, distribution: [{ key: '4', count: 3 }] },
  departments: [{ department: 'executive', respondents: 3, mean: 100, distribution: [] }],
  spread: 100,
  highest: 'executive',
  lowest: 'ip',
};
const results: WorkshopResults = {
  minGroupSize: 3,
  respondents: 6,
  questions: [question, { ...question, questionId: 'm9-q2', total: null, spread: null, highest: null, lowest: null }],
  actions: [
    {
      action: 2,
      questionIds: ['m9-q1'],
      respondents: 6,
      totalMean: 50,
      departments: [{ department: 'ip', respondents: 3, mean: null }],
      spread: 100,
      highest: 'executive',
      lowest: 'ip',
    },
  ],
  heatMap: { departments: ['executive', 'ip'], actions: [2], cells: [{ department: 'ip', action: 2, mean: null }] },
  questionGapRanking: ['m9-q1'],
  discussionPrompts: [
    {
      rank: 1,
      action: 2,
      spread: 100,
      highest: 'executive',
      lowest: 'ip',
      questions: [
        { questionId: 'm9-q1', prompt: { ja: '問い', en: 'Prompt' }, spread: 100, highest: 'executive', lowest: 'ip' },
      ],
    },
  ],
};
const applied: AppliedToAssessmentView = {
  assessmentId: 'a-1',
  source: `workshop:${WS}`,
  answeredAt: '2026-12-10T02:00:00.000Z',
  applied: ['m9-q1'],
  skipped: ['m9-q2'],
};
const joined: JoinedView = {
  participantToken: 'tok',
  expiresAt: '2026-12-11T00:00:00.000Z',
  workshop: { id: WS, title: workshop.title },
  department: 'ip',
  rejoined: true,
};
const client: AdvisorClientView = {
  organizationId: ORG_ID,
  legalNameJa: '株式会社サンプル',
  legalNameEn: null,
  latestAssessment: {
    id: 'a-1',
    track: 'listed',
    round: 2,
    status: 'submitted',
    createdAt: '2026-11-01T00:00:00.000Z',
    submittedAt: '2026-11-20T00:00:00.000Z',
    overallScore: 61.5,
  },
};

describe('workshop API answers, checked by their schema', () => {
  describeCheckedCalls([
    {
      name: 'list',
      route: `GET ${base}`,
      call: (c) => workshopsApi.list(c, ORG_ID),
      answer: [workshop, draft],
      drifted: [workshop, { ...draft, status: 'planned' }],
      driftPath: '[1].status',
    },
    {
      name: 'create',
      route: `POST ${base}`,
      status: 201,
      call: (c) =>
        workshopsApi.create(c, ORG_ID, {
          title: draft.title,
          departments: draft.departments,
          anonymity: 'anonymous',
          scheduledAt: draft.scheduledAt,
        }),
      answer: draft,
      drifted: without(draft, 'participants'),
      driftPath: 'participants',
    },
    {
      name: 'get',
      route: `GET ${base}/${WS}`,
      call: (c) => workshopsApi.get(c, ORG_ID, WS),
      answer: workshop,
      drifted: { ...workshop, participants: { ...workshop.participants, named: [{ displayName: '山田花子' }] } },
      driftPath: 'participants.named[0].department',
    },
    {
      name: 'start',
      route: `POST ${base}/${WS}/start`,
      call: (c) => workshopsApi.start(c, ORG_ID, WS),
      answer: workshop,
      drifted: without(workshop, 'joinCode'),
      driftPath: 'joinCode',
    },
    {
      name: 'close',
      route: `POST ${base}/${WS}/close`,
      call: (c) => workshopsApi.close(c, ORG_ID, WS),
      answer: { ...workshop, status: 'closed', closedAt: '2026-12-10T03:00:00.000Z' },
      drifted: without(workshop, 'closedAt'),
      driftPath: 'closedAt',
    },
    {
      name: 'reopen',
      route: `POST ${base}/${WS}/reopen`,
      call: (c) => workshopsApi.reopen(c, ORG_ID, WS),
      answer: workshop,
      drifted: { ...workshop, publishedQuestionIds: 'm9-q1' },
      driftPath: 'publishedQuestionIds',
    },
    {
      name: 'setState',
      route: `PUT ${base}/${WS}/state`,
      call: (c) => workshopsApi.setState(c, ORG_ID, WS, { resultsVisible: true }),
      answer: { ...workshop, resultsVisible: true },
      drifted: { ...workshop, resultsVisible: 'true' },
      driftPath: 'resultsVisible',
    },
    {
      name: 'results',
      route: `GET ${base}/${WS}/results`,
      call: (c) => workshopsApi.results(c, ORG_ID, WS),
      answer: results,
      drifted: { ...results, heatMap: { ...results.heatMap, cells: [{ department: 'ip', action: 2 }] } },
      driftPath: 'heatMap.cells[0].mean',
    },
    {
      name: 'setAgreed',
      route: `PUT ${base}/${WS}/agreed/m9-q1`,
      call: (c) => workshopsApi.setAgreed(c, ORG_ID, WS, 'm9-q1', 3),
      answer: workshop,
      drifted: { ...workshop, agreedAnswers: [{ questionId: 'm9-q1', value: { level: 3 }, agreedAt: '' }] },
      driftPath: 'agreedAnswers[0].value',
    },
    {
      name: 'applyToAssessment',
      route: `POST ${base}/${WS}/apply-to-assessment`,
      call: (c) => workshopsApi.applyToAssessment(c, ORG_ID, WS, 'a-1'),
      answer: applied,
      drifted: without(applied, 'skipped'),
      driftPath: 'skipped',
    },
    {
      name: 'joinAsMember',
      route: `POST ${base}/${WS}/join-as-member`,
      status: 201,
      call: (c) => workshopsApi.joinAsMember(c, ORG_ID, WS, 'ip', 'device-key'),
      answer: joined,
      drifted: without(joined, 'rejoined'),
      driftPath: 'rejoined',
    },
    {
      name: 'advisorClients',
      route: 'GET /api/me/advisor-clients',
      call: (c) => workshopsApi.advisorClients(c),
      answer: [client, { ...client, organizationId: 'o-2', latestAssessment: null }],
      drifted: [{ ...client, latestAssessment: { ...client.latestAssessment, overallScore: '61.5' } }],
      driftPath: '[0].latestAssessment.overallScore',
    },
  ]);
});
