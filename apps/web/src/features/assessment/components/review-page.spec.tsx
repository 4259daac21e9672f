import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BANK_VERSION,
  BANK_VERSION_2026_11_1,
  getBank,
  questionsForTrack,
  type Track,
  type AssessmentBankView,
  type AssessmentDetail,
} from '@ipgn/assessment';
import type { OrganizationRole, ValidationView } from '@ipgn/contracts';
import { createMockApi, json, page } from '../../../testing/mock-api';
import { aMember, aUser, anOrganization, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const ID = '33333333-3333-4333-8333-333333333333';
const CLAIM = 'm6.cross-functional';
const CLAIM_PROMPT = '知財・開発・営業・企画などの部門が一緒に、知財や無形資産の使い方を話し合う場がありますか。';
const PROFILE = { listingStatus: 'prime', companySize: 'large' } as const;

function bankView(track: Track = 'listed', version: string = BANK_VERSION): AssessmentBankView {
  const bank = getBank(version);
  if (!bank) throw new Error('bank missing');
  const questions = questionsForTrack(track, version);
  return {
    version: bank.version,
    track,
    modules: bank.modules.filter((m) => questions.some((q) => q.module === m.id)),
    questions,
    glossary: bank.glossary,
  };
}

type Origin = { round: number; fiscalYear: number } | null;

function validation(
  state: 'pending' | 'returned' | 'accepted',
  requested = true,
  decidedIn: Origin = null,
): ValidationView {
  const review =
    state === 'pending'
      ? null
      : {
          decision: state,
          comment: state === 'returned' ? '議事録を添付してください' : '確認済み',
          answerVersion: 1,
          reviewedBy: { userId: 'rev', displayName: '佐藤一郎' },
          reviewedAt: '2026-12-01T02:00:00.000Z',
          decidedIn,
        };
  return {
    requested,
    requestedAt: requested ? '2026-12-01T01:00:00.000Z' : null,
    items: [{ questionId: CLAIM, state, answerVersion: 1, review }],
    counts: {
      pending: state === 'pending' ? 1 : 0,
      accepted: state === 'accepted' ? 1 : 0,
      returned: state === 'returned' ? 1 : 0,
    },
    complete: state === 'accepted',
  };
}

function aDetail(status: AssessmentDetail['status'], v: ValidationView, bankVersion = BANK_VERSION): AssessmentDetail {
  return {
    id: ID,
    track: 'listed',
    bankVersion,
    round: 2,
    status,
    copiedFrom: null,
    createdBy: null,
    createdAt: '2026-11-20T00:00:00.000Z',
    submittedAt: null,
    submittedBy: null,
    progress: { answered: 1, visible: 80, ratio: 0.01 },
    profile: PROFILE,
    answers: [
      {
        questionId: CLAIM,
        value: 4,
        version: 1,
        answeredBy: { userId: 'contrib', displayName: '田中次郎' },
        answeredAt: '2026-11-21T01:00:00.000Z',
        source: 'manual',
      },
    ],
    assignments: [],
    progressDetail: { overall: { answered: 1, visible: 80, ratio: 0.01 }, modules: [] },
    visibleQuestionIds: [],
    validation: v,
  };
}

function apiWith(detail: AssessmentDetail, role: OrganizationRole = 'reviewer', locale: 'ja' | 'en' = 'ja') {
  return createMockApi({
    'GET /api/auth/me': json(200, aUser(role, { locale })),
    [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization(PROFILE)),
    [`GET /api/orgs/${ORG_ID}/members`]: json(200, page([aMember('user-1', '山田花子', role)])),
    'GET /api/assessment-bank': json(200, bankView('listed', detail.bankVersion)),
    [`GET /api/orgs/${ORG_ID}/assessments`]: json(200, page([])),
    [`GET /api/orgs/${ORG_ID}/assessments/${ID}`]: json(200, detail),
    [`GET /api/orgs/${ORG_ID}/assessments/${ID}/planning`]: json(200, {
      targets: { questions: {}, modules: {} },
      scope: { questions: {}, modules: {} },
      notes: { [CLAIM]: { evidence: ['https://intra.example.jp/minutes/2026-10'] } },
    }),
  });
}

describe('ReviewPage', () => {
  it('shows the claim, its answer and evidence, and accepts it with the answer version it saw', async () => {
    const api = apiWith(aDetail('in_review', validation('pending')));
    api.on(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/reviews/${CLAIM}`, json(200, validation('accepted')));
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}/review`);
    const item = (await screen.findByRole('heading', { name: CLAIM_PROMPT }, { timeout: 10000 })).closest(
      'li',
    ) as HTMLElement;
    expect(within(item).getByRole('link', { name: 'https://intra.example.jp/minutes/2026-10' })).toBeInTheDocument();
    expect(within(item).getByText('回答者：田中次郎')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(within(item).getByRole('textbox', { name: /コメント/ }), '議事録で確認');
    await user.click(within(item).getByRole('button', { name: '承認する' }));
    await waitFor(() =>
      expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/reviews/${CLAIM}`)).toHaveLength(1),
    );
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/reviews/${CLAIM}`)[0]?.body).toEqual({
      decision: 'accepted',
      comment: '議事録で確認',
      answerVersion: 1,
    });
  }, 20000);

  it('will not return an answer without a reason: the field says so and gets the focus, nothing is sent', async () => {
    const api = apiWith(aDetail('in_review', validation('pending')));
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}/review`);
    const item = (await screen.findByRole('heading', { name: CLAIM_PROMPT }, { timeout: 10000 })).closest(
      'li',
    ) as HTMLElement;
    await userEvent.setup().click(within(item).getByRole('button', { name: '差し戻す' }));
    const field = within(item).getByRole('textbox', { name: /コメント/ });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/差し戻す理由を書いてください。/);
    expect(field).toHaveFocus();
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/reviews/${CLAIM}`)).toHaveLength(0);
  }, 20000);

  it('keeps an over-long comment whole with the limit beside it and sends nothing (never cuts a paste)', async () => {
    const api = apiWith(aDetail('in_review', validation('pending')));
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}/review`);
    const item = (await screen.findByRole('heading', { name: CLAIM_PROMPT }, { timeout: 10000 })).closest(
      'li',
    ) as HTMLElement;
    const user = userEvent.setup();
    const field = within(item).getByRole('textbox', { name: /コメント/ });
    await user.click(field);
    await user.paste('あ'.repeat(2001));
    expect(field).toHaveValue('あ'.repeat(2001));
    await user.click(within(item).getByRole('button', { name: '承認する' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/2,000/);
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/reviews/${CLAIM}`)).toHaveLength(0);
  }, 20000);

  it('shows last round’s imported decision as context while this round’s claim still waits for a decision', async () => {
    const api = apiWith(aDetail('in_review', validation('pending')));
    const prior = {
      decision: 'accepted',
      comment: '前年の議事録で確認',
      reviewedBy: '監査役 山田',
      reviewedAt: '2026-03-10T00:00:00.000Z',
      current: false,
    };
    api.on(
      `GET /api/orgs/${ORG_ID}/assessments/${ID}/planning`,
      json(200, {
        targets: { questions: {}, modules: {} },
        scope: { questions: {}, modules: {} },
        notes: {},
        priorDecisions: { [CLAIM]: prior },
      }),
    );
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}/review`);
    const item = (await screen.findByRole('heading', { name: CLAIM_PROMPT }, { timeout: 10000 })).closest(
      'li',
    ) as HTMLElement;
    const line = within(item).getByTestId('prior-decision');
    expect(line).toHaveTextContent(
      /前の回の検証（取り込み・参考のみ）：承認.*監査役 山田.*前年の議事録で確認.*その判断の後に回答が変更されていました。/,
    );
    // Context only: the decision buttons are still there, the claim is still pending.
    expect(within(item).getByRole('button', { name: '承認する' })).toBeInTheDocument();
  }, 20000);

  it('says where a decision carried from an earlier round was made, in Japanese and in English', async () => {
    const carried = aDetail('in_review', validation('accepted', true, { round: 1, fiscalYear: 2025 }));
    const ja = renderApp(apiWith(carried), `/o/${ORG_ID}/assessments/${ID}/review`);
    const item = (await screen.findByRole('heading', { name: CLAIM_PROMPT }, { timeout: 10000 })).closest(
      'li',
    ) as HTMLElement;
    expect(within(item).getByTestId('decision-origin')).toHaveTextContent('第1回（2025年度）で承認');
    ja.unmount();
    renderApp(apiWith(carried, 'reviewer', 'en'), `/o/${ORG_ID}/assessments/${ID}/review`, 'en');
    expect(await screen.findByTestId('decision-origin', {}, { timeout: 10000 })).toHaveTextContent(
      'Accepted in round 1 (FY2025)',
    );
  }, 30000);

  it('names no earlier round for a decision made in this round', async () => {
    renderApp(apiWith(aDetail('in_review', validation('accepted'))), `/o/${ORG_ID}/assessments/${ID}/review`);
    await screen.findByRole('heading', { name: CLAIM_PROMPT }, { timeout: 10000 });
    expect(screen.queryByTestId('decision-origin')).not.toBeInTheDocument();
  }, 20000);

  it('offers no decision to a contributor (no assessment:validate)', async () => {
    renderApp(
      apiWith(aDetail('in_review', validation('pending')), 'contributor'),
      `/o/${ORG_ID}/assessments/${ID}/review`,
    );
    await screen.findByRole('heading', { name: CLAIM_PROMPT }, { timeout: 10000 });
    expect(screen.queryByRole('button', { name: '承認する' })).not.toBeInTheDocument();
  }, 20000);
});

describe('the questionnaire in the validation step', () => {
  it('lists a returned answer with its reason and lets only that answer change', async () => {
    renderApp(
      apiWith(aDetail('in_review', validation('returned')), 'contributor'),
      `/o/${ORG_ID}/assessments/${ID}#q-${CLAIM}`,
    );
    const returned = await screen.findByTestId('returned-answers', {}, { timeout: 10000 });
    expect(returned).toHaveTextContent('議事録を添付してください');
    expect(returned).toHaveTextContent('佐藤一郎');
    const claim = screen.getByRole('group', { name: CLAIM_PROMPT });
    for (const radio of within(claim).getAllByRole('radio')) expect(radio).toBeEnabled();
    const other = screen.getByRole('group', {
      name: '知財部門の責任者は、経営戦略・事業戦略を議論する会議に参加していますか。',
    });
    for (const radio of within(other).getAllByRole('radio')) expect(radio).toBeDisabled();
  }, 20000);

  it('shows beside a carried answer that its decision was made in an earlier round', async () => {
    renderApp(
      apiWith(aDetail('draft', validation('returned', false, { round: 3, fiscalYear: 2024 })), 'contributor'),
      `/o/${ORG_ID}/assessments/${ID}#q-${CLAIM}`,
    );
    const claim = await screen.findByRole('group', { name: CLAIM_PROMPT }, { timeout: 10000 });
    const line = within(claim.closest('li') as HTMLElement).getByTestId('validation-decision');
    expect(line).toHaveTextContent('差戻し');
    expect(line).toHaveTextContent('第3回（2024年度）で差戻し');
  }, 20000);

  it('asks for validation from a draft that has claims', async () => {
    const api = apiWith(aDetail('draft', validation('pending', false)), 'contributor');
    const inReview = aDetail('in_review', validation('pending'));
    api.on(`POST /api/orgs/${ORG_ID}/assessments/${ID}/request-validation`, () => {
      // From now on the server reads the round in review (the list refresh also reads the round again).
      api.on(`GET /api/orgs/${ORG_ID}/assessments/${ID}`, json(200, inReview));
      return json(200, inReview);
    });
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}`);
    expect(await screen.findByText('検証が必要な回答：1件（水準3以上）', {}, { timeout: 10000 })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '検証を依頼する' }));
    await user.click(screen.getByRole('button', { name: '依頼する' }));
    expect(await screen.findByText(/検証中です：承認 0件・差戻し 0件・未確認 1件/)).toBeInTheDocument();
  }, 20000);

  it('shows a draft round of bank 2026.11-1 its own questions, not the current bank’s', async () => {
    const api = apiWith(aDetail('draft', validation('pending', false), BANK_VERSION_2026_11_1), 'contributor');
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}`);
    const nav = await screen.findByRole('navigation', { name: 'モジュール' }, { timeout: 10000 });
    expect(api.callsTo('GET /api/assessment-bank')[0]?.path).toContain(`version=${BANK_VERSION_2026_11_1}`);
    const agendaTitle = getBank()?.modules.find((m) => m.id === 'm11')?.title.ja ?? 'm11';
    expect(within(nav).queryByRole('button', { name: new RegExp(agendaTitle) })).not.toBeInTheDocument();
    expect(within(nav).getAllByRole('button')).toHaveLength(bankView('listed', BANK_VERSION_2026_11_1).modules.length);
  }, 20000);
});
