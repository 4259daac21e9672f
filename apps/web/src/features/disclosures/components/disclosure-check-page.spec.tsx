import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scoreDisclosure, type DisclosureRecord } from '@ipgn/disclosure-scoring';
import {
  apiError,
  createMockApi,
  json,
  type MockApi,
  page,
  type RecordedCall,
  tooManyRequests,
} from '../../../testing/mock-api';
import { aUser } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import {
  DISCLOSURE_RUBRIC,
  comparisonOf,
  disclosureRecordOf,
  disclosureSummaryOf,
} from '../../../testing/judgement-fixtures';

const TEXT =
  '当社の電池材料事業では、正極材の焼成技術に関する特許群（国内212件・海外348件）が、車載電池向け製品の売上高1,240億円（2025年度、前年比18%増）を支えています。' +
  'これらの特許により競合他社の参入を防ぎ、主要顧客3社との長期供給契約（2030年まで）を獲得したことで、同事業の営業利益率は14.2%と全社平均の2倍になっています。';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DRAFT_KEY = 'ipgn.disclosure-check.investor-1';

const investor = aUser('owner', {
  id: 'investor-1',
  accountType: 'investor',
  memberships: [],
  lastOrganizationId: null,
});

function checkOf(id: string, title: string, text = TEXT): DisclosureRecord {
  const result = scoreDisclosure(text, { documentType: 'integrated_report', companyNames: ['電池材料株式会社'] });
  return disclosureRecordOf(text, result, {
    id,
    title,
    documentType: 'integrated_report',
    createdAt: '2026-12-01T00:00:00.000Z',
    createdBy: null,
  });
}

function apiFor(history: DisclosureRecord[] = []): MockApi {
  return createMockApi({
    'GET /api/auth/me': json(200, investor),
    'GET /api/disclosure-rubric': json(200, DISCLOSURE_RUBRIC),
    'GET /api/me/disclosure-checks': json(200, page(history.map(disclosureSummaryOf))),
  });
}

describe("An investor's own disclosure check", () => {
  beforeEach(() => sessionStorage.clear());

  it('judges a pasted text with the company name as its title and shows the same judgement view (score, roles, chains)', async () => {
    const api = apiFor();
    // The API names a check without a title by its company; the page adds the document type in the reader's language.
    const made = { ...checkOf('c-new', '電池材料株式会社'), companyName: '電池材料株式会社' };
    api.on('POST /api/me/disclosure-checks', json(201, made));
    api.on('GET /api/me/disclosure-checks/c-new', json(200, made));
    const user = userEvent.setup();
    const { location } = renderApp(api, '/investor/checks');

    const nav = await screen.findByRole('navigation', { name: '投資家メニュー' });
    expect(within(nav).getByRole('link', { name: '開示チェック' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('まだチェックした文章はありません。')).toBeInTheDocument();
    expect(screen.getByLabelText(/^タイトル（任意）/)).not.toBeRequired();
    // An investor's text is any page they read: it starts as "other", not as a CG-report entry (whose floor mark and
    // title would then be given to a brand page).
    expect(screen.getByLabelText('文書の種類')).toHaveValue('other');
    expect(screen.getByRole('option', { name: 'その他（Webページ・記事など）' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^会社名（任意）/), '電池材料株式会社');
    await user.selectOptions(screen.getByLabelText('文書の種類'), '統合報告書');
    await user.click(screen.getByLabelText(/^評価する文章/));
    await user.paste(TEXT);
    const scrolled = jest.spyOn(window, 'scrollTo');
    await user.click(screen.getByRole('button', { name: '評価する' }));

    const heading = await screen.findByRole('heading', { level: 1, name: '電池材料株式会社 統合報告書' });
    expect(location.pathname).toBe('/investor/checks/c-new');
    // The result opens at its top with focus on its title (not at the form's scroll position).
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrolled).toHaveBeenCalledWith({ top: 0, left: 0, behavior: 'instant' });
    scrolled.mockRestore();
    const body = api.callsTo('POST /api/me/disclosure-checks')[0].body as Record<string, string>;
    // No title is made up: it would be frozen in the language of the day (checkTitle composes it when shown).
    expect(body).toEqual({
      documentType: 'integrated_report',
      companyName: '電池材料株式会社',
      text: TEXT,
      submissionId: expect.stringMatching(UUID),
    });
    expect(screen.getByTestId('disclosure-overall')).toHaveTextContent(`${made.overall}点 / 100点`);
    expect(screen.getByTestId('disclosure-calibration')).toBeInTheDocument();
    expect(screen.getAllByTestId('role-sentence').length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('chain').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '開示チェックへ戻る' })).toHaveAttribute('href', '/investor/checks');
    // Scored: the text is forgotten (Back brings back no scored text), the kind of document stays chosen, and the
    // next check gets a new submission id.
    const kept = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}') as Record<string, string>;
    expect(kept).toMatchObject({ text: '', title: '', companyName: '', documentType: 'integrated_report' });
    expect(kept.submissionId).toMatch(UUID);
    const sent = api.callsTo('POST /api/me/disclosure-checks')[0]?.body as { submissionId?: string } | undefined;
    expect(sent?.submissionId).toMatch(UUID);
    expect(kept.submissionId).not.toBe(sent?.submissionId);
  });

  it('orders the history by score from the server, kept in the address, without losing the sort select', async () => {
    const strong = checkOf('c-strong', '強い会社');
    const weak = {
      ...checkOf('c-weak', '弱い会社', '当社は知的財産を重要な経営資源と位置付けています。'),
      createdAt: '2026-12-02T00:00:00.000Z',
    };
    const newest = [weak, strong].map(disclosureSummaryOf);
    const byScore = [strong, weak].map(disclosureSummaryOf);
    const api = apiFor();
    api.on('GET /api/me/disclosure-checks', (call: RecordedCall) =>
      json(200, page(new URLSearchParams(call.path.split('?')[1]).get('sort') === 'score' ? byScore : newest)),
    );
    const user = userEvent.setup();
    const { location } = renderApp(api, '/investor/checks');
    const list = await screen.findByTestId('disclosure-check-list');
    const titles = () =>
      within(screen.getByTestId('disclosure-check-list'))
        .getAllByRole('link')
        .map((a) => a.textContent);
    expect(titles()[0]).toContain('弱い会社');
    const sort = screen.getByRole('combobox', { name: '並べ替え' });
    await user.selectOptions(sort, 'スコアの高い順');
    await waitFor(() => expect(titles()[0]).toContain('強い会社'));
    expect(location.search).toBe('?sort=score');
    expect(api.callsTo('GET /api/me/disclosure-checks').map((c) => c.path.split('?')[1])).toEqual([
      'sort=newest&offset=0',
      'sort=score&offset=0',
    ]);
    expect(screen.getByRole('combobox', { name: '並べ替え' })).toBe(sort);
    expect(list).toBeInTheDocument();
    // Away and back through the navigation (a link without the query): the order chosen stays.
    await user.click(screen.getByRole('link', { name: 'ホーム' }));
    await user.click(await screen.findByRole('link', { name: '開示チェック' }));
    await waitFor(() => expect(titles()[0]).toContain('強い会社'));
    expect(screen.getByRole('combobox', { name: '並べ替え' })).toHaveValue('score');
  });

  it("lists the result's sections under the score; a link moves focus to that section's heading", async () => {
    const made = checkOf('c-toc', '目次の会社');
    const api = apiFor([made]);
    api.on('GET /api/me/disclosure-checks/c-toc', json(200, made));
    const user = userEvent.setup();
    renderApp(api, '/investor/checks/c-toc');
    const nav = await screen.findByRole('navigation', { name: 'この結果の目次' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      '文の役割',
      'つながり（連鎖）と途切れる所',
      '観点別チェックリスト',
      '書き加えるとよい内容',
    ]);
    Element.prototype.scrollIntoView = jest.fn();
    await user.click(within(nav).getByRole('link', { name: '観点別チェックリスト' }));
    expect(screen.getByRole('heading', { level: 2, name: '観点別チェックリスト' })).toHaveFocus();
  });

  it('puts a judged text back into the form, with its company name and type, to edit it and judge it again', async () => {
    const api = apiFor();
    const made = { ...checkOf('c-old', '電池材料株式会社 統合報告書'), companyName: '電池材料株式会社' };
    api.on('GET /api/me/disclosure-checks/c-old', json(200, made));
    const again = {
      ...checkOf('c-again', '電池材料株式会社 統合報告書', `${TEXT}追記。`),
      companyName: '電池材料株式会社',
    };
    api.on('POST /api/me/disclosure-checks', json(201, again));
    api.on('GET /api/me/disclosure-checks/c-again', json(200, again));
    const user = userEvent.setup();
    const { location } = renderApp(api, '/investor/checks/c-old');

    await user.click(await screen.findByRole('button', { name: 'この文章を直して判定し直す' }));
    expect(location.pathname).toBe('/investor/checks');
    const text = await screen.findByLabelText(/^評価する文章/);
    expect(text).toHaveValue(TEXT);
    expect(screen.getByLabelText(/^会社名（任意）/)).toHaveValue('電池材料株式会社');
    expect(screen.getByLabelText('文書の種類')).toHaveValue('integrated_report');

    await user.type(text, '追記。');
    await user.click(screen.getByRole('button', { name: '評価する' }));
    await screen.findByRole('heading', { level: 1, name: '電池材料株式会社 統合報告書' });
    expect(location.pathname).toBe('/investor/checks/c-again');
    const body = api.callsTo('POST /api/me/disclosure-checks')[0].body as Record<string, string>;
    expect(body).toMatchObject({
      companyName: '電池材料株式会社',
      documentType: 'integrated_report',
      text: `${TEXT}追記。`,
    });
  });

  it('sends one request however often the button is pressed, and keeps the text and its submission id across a reload', async () => {
    const api = apiFor();
    let answer: (() => void) | undefined;
    api.on(
      'POST /api/me/disclosure-checks',
      () =>
        new Promise((resolve) => {
          answer = () => resolve(apiError(503, 'JUDGE_TIMEOUT', 'しばらくしてからもう一度お試しください。'));
        }),
    );
    const user = userEvent.setup();
    const first = renderApp(api, '/investor/checks');
    await user.click(await screen.findByLabelText(/^評価する文章/));
    await user.paste(TEXT);
    const submit = screen.getByRole('button', { name: '評価する' });
    await user.dblClick(submit);
    await user.click(submit);
    await waitFor(() => expect(api.callsTo('POST /api/me/disclosure-checks')).toHaveLength(1));
    expect(screen.getByRole('button', { name: '評価中…' })).toBeInTheDocument();
    answer?.();
    expect(await screen.findByRole('button', { name: '評価する' })).toBeInTheDocument();
    const sent = (api.callsTo('POST /api/me/disclosure-checks')[0].body as { submissionId: string }).submissionId;

    // A reload (the page mounted again in this tab): the text is back, and so is the id of the form that was sent.
    first.unmount();
    renderApp(api, '/investor/checks');
    expect(await screen.findByLabelText(/^評価する文章/)).toHaveValue(TEXT);
    await user.click(screen.getByRole('button', { name: '評価する' }));
    await waitFor(() => expect(api.callsTo('POST /api/me/disclosure-checks')).toHaveLength(2));
    expect((api.callsTo('POST /api/me/disclosure-checks')[1].body as { submissionId: string }).submissionId).toBe(sent);
    answer?.();

    // An edit makes it another form: another id.
    await user.type(screen.getByLabelText(/^評価する文章/), '追記。');
    const edited = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}') as { submissionId: string; text: string };
    expect(edited.text).toBe(`${TEXT}追記。`);
    expect(edited.submissionId).toMatch(UUID);
    expect(edited.submissionId).not.toBe(sent);
  });

  it('shows the judging limit beside the button with the wait, keeps the text and its submission id, and sends them again later', async () => {
    const api = apiFor();
    api.on('POST /api/me/disclosure-checks', tooManyRequests(540));
    const user = userEvent.setup();
    renderApp(api, '/investor/checks');
    const text = await screen.findByLabelText(/^評価する文章/);
    await user.click(text);
    await user.paste(TEXT);
    const submit = screen.getByRole('button', { name: '評価する' });
    await user.click(submit);

    const alert = (await screen.findByText(/約9分後に再びお試しいただけます。/)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('利用回数の上限に達しました。時間をおいてから再度お試しください。');
    expect(alert).toHaveTextContent('入力した内容は消えていません。');
    // Beside the action: the alert is what comes right before the button.
    expect(alert?.nextElementSibling).toBe(submit);
    expect(text).toHaveValue(TEXT);
    expect(submit).toBeEnabled();
    const sent = (api.callsTo('POST /api/me/disclosure-checks')[0].body as { submissionId: string }).submissionId;
    expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}')).toMatchObject({ text: TEXT, submissionId: sent });

    // After the wait, the same form goes again and opens its result.
    const made = checkOf('c-later', '統合報告書');
    api.on('POST /api/me/disclosure-checks', json(201, made));
    api.on('GET /api/me/disclosure-checks/c-later', json(200, made));
    await user.click(submit);
    expect(await screen.findByRole('heading', { level: 1, name: '統合報告書' })).toBeInTheDocument();
    expect((api.callsTo('POST /api/me/disclosure-checks')[1].body as { submissionId: string }).submissionId).toBe(sent);
  });

  it("shows the API's field error beside the text, and keeps the text", async () => {
    const api = apiFor();
    api.on(
      'POST /api/me/disclosure-checks',
      apiError(400, 'TEXT_EMPTY', '評価できる文章がありません。', [
        { field: 'text', code: 'textEmpty', message: '評価できる文が見つかりません。本文を入力してください。' },
      ]),
    );
    const user = userEvent.setup();
    renderApp(api, '/investor/checks');
    const text = await screen.findByLabelText(/^評価する文章/);
    await user.click(text);
    await user.paste('・・・');
    await user.click(screen.getByRole('button', { name: '評価する' }));
    await waitFor(() => expect(text).toHaveAttribute('aria-invalid', 'true'));
    expect(text).toHaveAccessibleDescription(expect.stringContaining('評価できる文が見つかりません。'));
    expect(text).toHaveValue('・・・');
  });

  it('lists only what the API returns for this account, newest first, and deletes one after asking', async () => {
    const older = checkOf('c-1', 'A社 統合報告書');
    const newer = checkOf('c-2', '');
    const api = apiFor([newer, older]);
    api.on('DELETE /api/me/disclosure-checks/c-1', { status: 204 });
    const user = userEvent.setup();
    renderApp(api, '/investor/checks');
    const list = await screen.findByTestId('disclosure-check-list');
    // A check sent with neither title nor company is named by its document type and when it was made.
    const names = within(list)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names[0]).toMatch(/^統合報告書 \(\d{4}-\d\d-\d\d \d\d:\d\d JST\)$/u);
    expect(names[1]).toBe('A社 統合報告書');
    expect(within(list).getByRole('link', { name: 'A社 統合報告書' })).toHaveAttribute('href', '/investor/checks/c-1');
    expect(screen.getByText(/あなたのアカウントだけが見られます/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '「A社 統合報告書」を削除' }));
    await user.click(screen.getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('「A社 統合報告書」を削除しました。')).toBeInTheDocument();
    expect(api.callsTo('DELETE /api/me/disclosure-checks/c-1')).toHaveLength(1);
  });

  it("compares two companies' checks side by side as document A and B, named in the reader's language", async () => {
    const weak = '当社は知的財産を重要な経営資源と認識し、適切な管理に努めています。';
    const a = { ...checkOf('c-a', '甲社', TEXT), companyName: '甲社', createdAt: '2026-12-01T00:00:00.000Z' };
    const b = { ...checkOf('c-b', '乙社', weak), companyName: '乙社', createdAt: '2026-12-02T00:00:00.000Z' };
    const comparison = comparisonOf(a, b, {
      textDiff: [
        { op: 'removed', sentences: [TEXT] },
        { op: 'added', sentences: [weak] },
      ],
    });
    const api = apiFor([b, a]);
    api.on('GET /api/me/disclosure-checks/c-a/compare/c-b', json(200, comparison));
    const user = userEvent.setup();
    const { location } = renderApp(api, '/investor/checks');
    const list = await screen.findByTestId('disclosure-check-list');
    const compare = screen.getByRole('button', { name: '選んだ2件を比較する' });
    expect(compare).toBeDisabled();
    await user.click(within(list).getByRole('checkbox', { name: /乙社 統合報告書/ }));
    await user.click(within(list).getByRole('checkbox', { name: /甲社 統合報告書/ }));
    await user.click(compare);
    // Older first, on the investor's own route.
    expect(location.pathname).toBe('/investor/checks/compare/c-a/c-b');
    const overall = await screen.findByTestId('overall-delta');
    expect(overall).toHaveTextContent(`文書A ${a.overall}点・文書B ${b.overall}点`);
    expect(screen.getByRole('link', { name: '甲社 統合報告書' })).toHaveAttribute('href', '/investor/checks/c-a');
    expect(screen.getByRole('link', { name: '乙社 統合報告書' })).toHaveAttribute('href', '/investor/checks/c-b');
    expect(screen.getByRole('link', { name: '開示チェックへ戻る' })).toHaveAttribute('href', '/investor/checks');
    expect(screen.getByTestId('compare-no-diff')).toBeInTheDocument();
  });

  it('tells a company account where its own scoring is, without a form or a request for checks', async () => {
    const api = apiFor();
    api.on('GET /api/auth/me', json(200, aUser('owner')));
    renderApp(api, '/investor/checks');
    expect(await screen.findByText(/投資家アカウント向けの機能です/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '評価する' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: '投資家メニュー' })).toBeNull();
    expect(api.callsTo('GET /api/me/disclosure-checks')).toHaveLength(0);
  });

  it('speaks English when the user does, on the form and the result', async () => {
    const api = apiFor();
    api.on('GET /api/auth/me', json(200, { ...investor, locale: 'en' }));
    api.on('GET /api/me/disclosure-checks/c-1', json(200, checkOf('c-1', 'A Corp. integrated report')));
    renderApp(api, '/investor/checks', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Disclosure check' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title \(optional\)/)).toBeInTheDocument();
    expect(await screen.findByText('You have not checked any text yet.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Investor menu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Home', 'Disclosure check', 'Find companies']);
  });

  it('opens a saved check on its own address, in English too', async () => {
    const api = apiFor();
    api.on('GET /api/auth/me', json(200, { ...investor, locale: 'en' }));
    api.on('GET /api/me/disclosure-checks/c-1', json(200, checkOf('c-1', 'A Corp. integrated report')));
    renderApp(api, '/investor/checks/c-1', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'A Corp. integrated report' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Sentence roles' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Criteria checklist' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to disclosure check' })).toBeInTheDocument();
  });
});
