import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BANK_VERSION,
  getBank,
  questionsForTrack,
  scoreAssessment,
  type AnswerView,
  type AssessmentBankView,
  type AssessmentDetail,
} from '@ipgn/assessment';
import { apiError, createMockApi, json, page } from '../../../testing/mock-api';
import { aMember, anAssessmentDetail, aUser, anOrganization, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const ID = '22222222-2222-4222-8222-222222222222';
// A ladder outside the first section, so the deep-link test really has to switch sections.
const LADDER = 'sme-deals.nda-first';
const PROFILE = { listingStatus: 'unlisted', companySize: 'sme' } as const;

function bankView(version: string = BANK_VERSION): AssessmentBankView {
  const bank = getBank(version);
  if (!bank) throw new Error('bank missing');
  const questions = questionsForTrack('sme', version);
  return {
    version: bank.version,
    track: 'sme',
    modules: bank.modules.filter((m) => questions.some((q) => q.module === m.id)),
    questions,
    glossary: bank.glossary,
  };
}

function aDetail(answers: AnswerView[] = []): AssessmentDetail {
  return anAssessmentDetail({
    id: ID,
    track: 'sme',
    progress: { answered: answers.length, visible: 10, ratio: 0 },
    profile: PROFILE,
    answers,
    progressDetail: { overall: { answered: 0, visible: 0, ratio: 0 }, modules: [] },
    validation: {
      requested: false,
      requestedAt: null,
      items: [],
      counts: { pending: 0, accepted: 0, returned: 0 },
      complete: true,
    },
  });
}

function anAnswer(value: number, version: number, by = '山田花子'): AnswerView {
  return {
    questionId: LADDER,
    value,
    version,
    answeredBy: { userId: 'user-x', displayName: by },
    answeredAt: '2026-11-21T01:00:00.000Z',
    source: 'manual',
  };
}

function apiWith(detail: AssessmentDetail) {
  return createMockApi({
    'GET /api/auth/me': json(200, aUser('owner')),
    [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization(PROFILE)),
    [`GET /api/orgs/${ORG_ID}/members`]: json(200, page([aMember('user-1', '山田花子', 'owner')])),
    'GET /api/assessment-bank': json(200, bankView()),
    [`GET /api/orgs/${ORG_ID}/assessments`]: json(200, page([])),
    [`GET /api/orgs/${ORG_ID}/assessments/${ID}`]: json(200, detail),
  });
}

async function openModule(title: RegExp) {
  const user = userEvent.setup();
  const nav = await screen.findByRole('navigation', { name: 'モジュール' });
  await user.click(within(nav).getByRole('button', { name: title }));
  return user;
}

describe('QuestionnairePage', () => {
  it('renders modules with progress and every ladder level as a labelled radio with its anchor', async () => {
    renderApp(apiWith(aDetail()), `/o/${ORG_ID}/assessments/${ID}`);
    expect(await screen.findByRole('heading', { name: '診断への回答（第1回）' })).toBeInTheDocument();
    await openModule(/取引と契約/);
    const group = screen.getByRole('group', { name: '新しい相手と技術の話をする前に、秘密保持契約を結んでいますか。' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    expect(within(group).getByRole('radio', { name: 'レベル0: 結んでいない。' })).toBeInTheDocument();
    expect(
      within(group).getByRole('radio', { name: 'レベル4: 必ず結び、何を見せたかも記録している。' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '全体の進み具合' })).toBeInTheDocument();
  });

  it('opens the module of the question named in a #q- deep link, scrolls to it and focuses it', async () => {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      const modules = bankView().modules;
      const target = modules.find((m) => m.id === LADDER.split('.')[0]);
      expect(target).toBeDefined();
      expect(modules[0]?.id).not.toBe(target?.id);
      renderApp(apiWith(aDetail()), `/o/${ORG_ID}/assessments/${ID}#q-${LADDER}`);

      const nav = await screen.findByRole('navigation', { name: 'モジュール' });
      expect(within(nav).getByRole('button', { name: new RegExp(target?.title.ja ?? '') })).toHaveAttribute(
        'aria-current',
        'step',
      );
      expect(screen.getByRole('heading', { level: 2, name: target?.title.ja })).toBeInTheDocument();
      const group = screen.getByRole('group', {
        name: '新しい相手と技術の話をする前に、秘密保持契約を結んでいますか。',
      });
      const question = group.closest('li');
      expect(question).toHaveAttribute('id', `q-${LADDER}`);
      await waitFor(() => expect(question).toHaveFocus());
      expect(scrolled).toEqual([question]);

      // Moving on to another module brings that module's heading to the top with focus; coming back does not pull
      // the focus to the deep-linked question again.
      const user = userEvent.setup();
      await user.click(within(nav).getByRole('button', { name: new RegExp(modules[0]?.title.ja ?? '') }));
      expect(
        screen.queryByRole('group', { name: '新しい相手と技術の話をする前に、秘密保持契約を結んでいますか。' }),
      ).not.toBeInTheDocument();
      const firstHeading = screen.getByRole('heading', { level: 2, name: modules[0]?.title.ja });
      await waitFor(() => expect(firstHeading).toHaveFocus());
      expect(scrolled.at(-1)).toBe(firstHeading);
      await user.click(within(nav).getByRole('button', { name: new RegExp(target?.title.ja ?? '') }));
      expect(scrolled.filter((e) => e === question)).toHaveLength(1);
      await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: target?.title.ja })).toHaveFocus());

      // 「次のモジュールへ」 does the same.
      await user.click(screen.getByRole('button', { name: '次のモジュールへ' }));
      const next = modules[modules.findIndex((m) => m.id === target?.id) + 1];
      await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: next?.title.ja })).toHaveFocus());
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('starts at the first module when the hash names no known question', async () => {
    renderApp(apiWith(aDetail()), `/o/${ORG_ID}/assessments/${ID}#q-nowhere`);
    const nav = await screen.findByRole('navigation', { name: 'モジュール' });
    const first = bankView().modules[0];
    expect(within(nav).getByRole('button', { name: new RegExp(first?.title.ja ?? '') })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('keeps the open module in the address, so Back returns to the previous module and a reload stays on it', async () => {
    const deals = getBank(BANK_VERSION)?.questions.find((q) => q.id === LADDER)?.module ?? '';
    const view = renderApp(apiWith(aDetail()), `/o/${ORG_ID}/assessments/${ID}`);
    await openModule(/取引と契約/);
    expect(view.location.search).toBe(`?module=${deals}`);
    view.unmount();

    renderApp(apiWith(aDetail()), `/o/${ORG_ID}/assessments/${ID}?module=${deals}`);
    const nav = await screen.findByRole('navigation', { name: 'モジュール' });
    expect(within(nav).getByRole('button', { name: /取引と契約/ })).toHaveAttribute('aria-current', 'step');
  });

  it('knows its CSRF token before the first answer, so a reload right after typing still sends it', async () => {
    const api = apiWith(aDetail());
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}`);
    await openModule(/取引と契約/);
    await waitFor(() => expect(api.callsTo('GET /api/auth/csrf')).toHaveLength(1));
    expect(api.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('autosaves an answer with the version it last saw and shows "saved"', async () => {
    const api = apiWith(aDetail());
    api.on(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/answers/${LADDER}`, (call) =>
      json(200, {
        ...anAnswer((call.body as { value: number }).value, 1),
        answeredBy: { userId: 'user-1', displayName: '山田花子' },
      }),
    );
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}`);
    const user = await openModule(/取引と契約/);
    const group = screen.getByRole('group', { name: '新しい相手と技術の話をする前に、秘密保持契約を結んでいますか。' });
    await user.click(within(group).getByRole('radio', { name: /^レベル3/ }));
    await waitFor(() =>
      expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/answers/${LADDER}`)).toHaveLength(1),
    );
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/answers/${LADDER}`)[0]?.body).toEqual({
      value: 3,
      expectedVersion: 0,
    });
    expect(await screen.findByText(/保存しました/)).toBeInTheDocument();
  });

  it('on a conflict shows both values and, when the user keeps theirs, saves again with the current version', async () => {
    const api = apiWith(aDetail());
    const path = `PUT /api/orgs/${ORG_ID}/assessments/${ID}/answers/${LADDER}`;
    let puts = 0;
    api.on(path, (call) => {
      puts++;
      if (puts === 1) return apiError(409, 'ANSWER_CONFLICT', '他の人が先に変更しました。');
      return json(200, {
        ...anAnswer((call.body as { value: number }).value, 3),
        answeredBy: { userId: 'user-1', displayName: '山田花子' },
      });
    });
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}`);
    const user = await openModule(/取引と契約/);
    // Meanwhile a colleague answered level 1 (version 2).
    api.on(`GET /api/orgs/${ORG_ID}/assessments/${ID}`, json(200, aDetail([anAnswer(1, 2, '佐藤一郎')])));
    await user.click(
      within(
        screen.getByRole('group', { name: '新しい相手と技術の話をする前に、秘密保持契約を結んでいますか。' }),
      ).getByRole('radio', { name: /^レベル4/ }),
    );

    const dialog = await screen.findByRole('alertdialog', { name: '他の人が先にこの回答を変更しました' });
    expect(within(dialog).getByTestId('conflict-theirs')).toHaveTextContent('1 — 相手に言われたときだけ結ぶ。');
    expect(within(dialog).getByTestId('conflict-yours')).toHaveTextContent(
      '4 — 必ず結び、何を見せたかも記録している。',
    );
    expect(within(dialog).getByText(/佐藤一郎/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '自分の回答で上書きする' }));
    await waitFor(() => expect(api.callsTo(path)).toHaveLength(2));
    expect(api.callsTo(path)[1]?.body).toEqual({ value: 4, expectedVersion: 2 });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('takes the other value when the user chooses it, without saving again', async () => {
    const api = apiWith(aDetail());
    const path = `PUT /api/orgs/${ORG_ID}/assessments/${ID}/answers/${LADDER}`;
    api.on(path, apiError(409, 'ANSWER_CONFLICT', '他の人が先に変更しました。'));
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}`);
    const user = await openModule(/取引と契約/);
    api.on(`GET /api/orgs/${ORG_ID}/assessments/${ID}`, json(200, aDetail([anAnswer(2, 5, '佐藤一郎')])));
    const group = screen.getByRole('group', { name: '新しい相手と技術の話をする前に、秘密保持契約を結んでいますか。' });
    await user.click(within(group).getByRole('radio', { name: /^レベル4/ }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: '現在の回答を採用する' }));
    expect(within(group).getByRole('radio', { name: /^レベル2/ })).toBeChecked();
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(api.callsTo(path)).toHaveLength(1);
  });
});

describe('ResultsPage', () => {
  // A round of bank 2026.11-1 keeps the scored results page (current SME rounds get the SME results instead).
  it('renders the scores from the API result: overall, seven actions in a table and the action plan', async () => {
    const answers = {
      'm10.strengths-written': 1,
      'm10.trademark-registration': 'no',
      'm10.confidentiality-rules': 0,
      'm1.inventory': 1,
      'm4.causal-path': 1,
    };
    const result = scoreAssessment({ track: 'sme', answers, profile: PROFILE, bankVersion: '2026.11-1' });
    expect(result.actionPlan.length).toBeGreaterThan(0);
    const api = apiWith({ ...aDetail(), status: 'submitted', bankVersion: '2026.11-1' });
    api.on(`GET /api/orgs/${ORG_ID}/assessments/${ID}/results`, json(200, result));
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}/results`);

    expect(await screen.findByTestId('overall-score', {}, { timeout: 15000 })).toHaveTextContent(
      `${Math.round(result.overall.score ?? 0)} / 100`,
    );
    const table = screen.getByRole('table', { name: '7つのアクション別スコア（表）' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    const first = result.byGglAction[0];
    expect(rows[0]).toHaveTextContent(`${first?.id}. ${first?.label.ja}`);
    expect(rows[0]).toHaveTextContent(
      first?.score === null || first === undefined ? '未回答' : String(Math.round(first.score)),
    );
    const plan = screen.getByTestId('action-plan');
    expect(
      within(plan)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(result.actionPlan.map((i) => i.title.ja));
    expect(screen.getByRole('link', { name: '結果をPDFでダウンロード' })).toHaveAttribute(
      'href',
      `/api/orgs/${ORG_ID}/assessments/${ID}/export.pdf`,
    );
  });

  it('shows current vs target, what was left out of scope with its reason, the planning table and the whole-round export', async () => {
    // A round of bank 2026.11-1 (its SME track had m1 and m10); current SME rounds get the SME results instead.
    const answers = {
      'm10.strengths-written': 1,
      'm10.trademark-registration': 'no',
      'm10.confidentiality-rules': 0,
      'm1.inventory': 1,
      'm4.causal-path': 1,
    };
    const result = scoreAssessment({
      track: 'sme',
      answers,
      profile: PROFILE,
      bankVersion: '2026.11-1',
      targets: { modules: { m10: 4 } },
      scope: { modules: { m1: '特許を持たないサービス業のため' } },
    });
    const api = apiWith({ ...aDetail(), bankVersion: '2026.11-1' });
    api.on('GET /api/assessment-bank', json(200, bankView('2026.11-1')));
    api.on(`GET /api/orgs/${ORG_ID}/assessments/${ID}/results`, json(200, result));
    api.on(
      `GET /api/orgs/${ORG_ID}/assessments/${ID}/planning`,
      json(200, {
        targets: { questions: {}, modules: { m10: 4 } },
        scope: { questions: {}, modules: { m1: '特許を持たないサービス業のため' } },
        notes: {},
      }),
    );
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}/results`);

    const targets = await screen.findByTestId('targets-table', {}, { timeout: 5000 });
    expect(within(targets).getByRole('row', { name: /中小企業・スタートアップ/ })).toHaveTextContent('100');
    expect(screen.getByTestId('excluded-list')).toHaveTextContent('特許を持たないサービス業のため');
    expect(
      await screen.findByRole('combobox', { name: '中小企業・スタートアップの目標の水準' }, { timeout: 5000 }),
    ).toHaveValue('4');
    expect(screen.getByRole('checkbox', { name: '無形資産の棚卸しを対象外にする' })).toBeChecked();
    expect(screen.getByRole('link', { name: '回全体を書き出す（XLSX、編集して取り込み可）' })).toHaveAttribute(
      'href',
      `/api/orgs/${ORG_ID}/assessments/${ID}/transfer.xlsx`,
    );
  }, 20000);

  it('sets a target per question in a folded list per module and saves it with the module targets', async () => {
    const answers = { 'm10.strengths-written': 1 };
    const result = scoreAssessment({ track: 'sme', answers, profile: PROFILE, bankVersion: '2026.11-1' });
    const api = apiWith({ ...aDetail(), bankVersion: '2026.11-1' });
    api.on('GET /api/assessment-bank', json(200, bankView('2026.11-1')));
    api.on(`GET /api/orgs/${ORG_ID}/assessments/${ID}/results`, json(200, result));
    const empty = { targets: { questions: {}, modules: { m10: 3 } }, scope: { questions: {}, modules: {} }, notes: {} };
    api.on(`GET /api/orgs/${ORG_ID}/assessments/${ID}/planning`, json(200, empty));
    api.on(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/planning`, (call) => json(200, call.body));
    renderApp(api, `/o/${ORG_ID}/assessments/${ID}/results`);

    const panel = await screen.findByTestId('question-targets', {}, { timeout: 5000 });
    const user = userEvent.setup();
    const summary = within(panel).getByText(/中小企業・スタートアップ（設問の目標 0件）/);
    // A native details/summary (keyboard-operable in browsers; jsdom toggles it on click only).
    await user.click(summary);
    const question = getBank('2026.11-1')?.questions.find((q) => q.id === 'm10.strengths-written');
    const select = within(panel).getByRole('combobox', { name: `設問「${question?.prompt.ja ?? ''}」の目標の水準` });
    expect(select).toBeVisible();
    await user.selectOptions(select, '4');
    await user.click(screen.getByRole('button', { name: '目標と対象範囲を保存' }));
    await waitFor(() => expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/planning`)).toHaveLength(1));
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/assessments/${ID}/planning`)[0]?.body).toMatchObject({
      targets: { questions: { 'm10.strengths-written': 4 }, modules: { m10: 3 } },
    });
  }, 20000);
});
