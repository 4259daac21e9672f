import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pageOf } from '@ipgn/contracts';
import { apiError, json, type MockResponse, tooManyRequests } from '../../../testing/mock-api';
import { anOrganization, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import { smeOnePagerChecklist } from '@ipgn/drafting';
import { apiFor, complete, detailOf, smeOnePager, summaryOf, withoutFacts } from '../../../testing/draft-fixtures';

describe('Disclosure drafts', () => {
  it('shows how many drafts there are and loads more on request', async () => {
    const drafts = ['d-1', 'd-2', 'd-3'].map((id) => detailOf(id, complete, 'draft'));
    const api = apiFor('viewer', drafts);
    api.on(
      `GET /api/orgs/${ORG_ID}/drafts`,
      json(200, pageOf(drafts.slice(0, 2).map(summaryOf), 3, { offset: 0, limit: 2 })),
    );
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts`);
    await screen.findByTestId('draft-row-d-2');
    expect(screen.queryByTestId('draft-row-d-3')).not.toBeInTheDocument();
    expect(screen.getByText('3 件中 2 件を表示')).toBeInTheDocument();
    api.on(
      `GET /api/orgs/${ORG_ID}/drafts`,
      json(200, pageOf(drafts.slice(2).map(summaryOf), 3, { offset: 2, limit: 2 })),
    );
    await user.click(screen.getByRole('button', { name: 'もっと見る' }));
    await screen.findByTestId('draft-row-d-3');
    expect(screen.getByText('3 件中 3 件を表示')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'もっと見る' })).not.toBeInTheDocument();
    expect(
      api.calls
        .filter((c) => c.method === 'GET' && c.path.startsWith(`/api/orgs/${ORG_ID}/drafts?`))
        .map((c) => c.path.split('?')[1]),
    ).toEqual(['offset=0', 'offset=2']);
  });

  it('keeps a real table with its column headers, and gives each value its column name for the stacked phone view', async () => {
    const done = detailOf('d-done', complete, 'approved');
    renderApp(apiFor('contributor', [done]), `/o/${ORG_ID}/drafts`);
    const row = await screen.findByTestId('draft-row-d-done');
    const table = screen.getByRole('table', { name: 'ドラフト一覧' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['タイトル', '種類', '言語', '状態', 'スコア', '更新日時']);
    expect(within(row).getByRole('rowheader')).toHaveTextContent(done.title);
    const cells = within(row).getAllByRole('cell');
    expect(cells).toHaveLength(5);
    // The visible names beside the values are for the eye only: a screen reader hears the header cell instead.
    for (const [cell, name] of cells.map((c, i) => [c, ['種類', '言語', '状態', 'スコア', '更新日時'][i]] as const)) {
      const label = within(cell).getByText(name as string);
      expect(label).toHaveAttribute('aria-hidden', 'true');
      expect(label).toHaveClass('drafts-table__label');
    }
    expect(cells[4]).toHaveTextContent('2026-11-20 09:00 JST');
  });

  it('shows a score without the 〇/△/✕ mark, and without empty brackets, for a draft that is not a CG entry', async () => {
    const integrated = { ...detailOf('d-ir', complete, 'approved'), overall: 58, class: null };
    renderApp(apiFor('contributor', [integrated]), `/o/${ORG_ID}/drafts`);
    const row = await screen.findByTestId('draft-row-d-ir');
    expect(row).toHaveTextContent('58点');
    expect(row).not.toHaveTextContent('（）');
  });

  it('lists drafts with status in words and score, and creates a new draft from the latest assessment', async () => {
    const open = detailOf('d-open', withoutFacts, 'draft');
    const done = detailOf('d-done', complete, 'approved');
    const api = apiFor('contributor', [open, done]);
    const created = detailOf('d-new', complete, 'draft');
    api.on(`POST /api/orgs/${ORG_ID}/drafts`, json(201, created));
    api.on(`GET /api/orgs/${ORG_ID}/drafts/d-new`, json(200, created));
    api.on(`GET /api/orgs/${ORG_ID}/drafts/d-new/versions`, json(200, [created.current]));
    const user = userEvent.setup();
    const { location } = renderApp(api, `/o/${ORG_ID}/drafts`);

    const openRow = await screen.findByTestId('draft-row-d-open');
    expect(within(openRow).getByTestId('draft-status')).toHaveTextContent('作成中');
    expect(openRow).toHaveTextContent(`要記入あり（記入済みの段落 ${Math.round(open.completeness * 100)}%）`);
    const doneRow = screen.getByTestId('draft-row-d-done');
    expect(within(doneRow).getByTestId('draft-status')).toHaveTextContent('承認済み');
    expect(doneRow).toHaveTextContent(`${done.overall}点（${done.class}）`);
    // Updated 2026-11-20T00:00Z: shown in Japan time with its zone, as the exports print times.
    expect(doneRow).toHaveTextContent('2026-11-20 09:00 JST');
    expect(screen.getByRole('link', { name: /企業情報/ })).toHaveAttribute('href', `/o/${ORG_ID}/drafts/facts`);

    await user.selectOptions(screen.getByLabelText('種類'), '統合報告書（知財・無形資産）');
    await user.selectOptions(screen.getByLabelText('言語'), '英語');
    await user.click(screen.getByRole('button', { name: 'ドラフトを作成' }));
    expect(await screen.findByRole('heading', { level: 1, name: created.title })).toBeInTheDocument();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/drafts`)[0].body).toEqual({
      type: 'integrated-report',
      language: 'en',
    });
    expect(location.pathname).toBe(`/o/${ORG_ID}/drafts/d-new`);
  });

  it('measures an SME one-pager by one figure, its checklist, in the list and on its page — never a percentage beside it', async () => {
    const onePager = detailOf('d-sme', smeOnePager, 'draft');
    const checklist = smeOnePagerChecklist(smeOnePager);
    if (!checklist) throw new Error('an SME one-pager has a checklist');
    expect(checklist.met).toBeLessThan(checklist.total);
    const api = apiFor('contributor', [onePager]);
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts`);
    const row = await screen.findByTestId('draft-row-d-sme');
    expect(row).toHaveTextContent(`点数なし・銀行が見るポイント ${checklist.total}項目中${checklist.met}項目`);
    expect(row).not.toHaveTextContent('%');

    await user.click(within(row).getByRole('link', { name: smeOnePager.title }));
    const panel = await screen.findByTestId('sme-checklist');
    expect(panel).toHaveTextContent(`${checklist.total}項目中${checklist.met}項目を満たしています`);
    expect(screen.queryByTestId('draft-completeness')).not.toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent('%');
  });

  it('starts an unlisted company on the SME one-pager once its profile loads, and sends that type', async () => {
    const created = detailOf('d-new', complete, 'draft');
    const api = apiFor('contributor', []);
    let answer: (value: MockResponse) => void = () => undefined;
    api.on(`GET /api/orgs/${ORG_ID}`, () => new Promise<MockResponse>((resolve) => (answer = resolve)));
    api.on(`POST /api/orgs/${ORG_ID}/drafts`, json(201, created));
    api.on(`GET /api/orgs/${ORG_ID}/drafts/d-new`, json(200, created));
    api.on(`GET /api/orgs/${ORG_ID}/drafts/d-new/versions`, json(200, [created.current]));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts`);
    const type = await screen.findByLabelText('種類');
    expect(type).toHaveValue('cg-report');
    await waitFor(() => expect(api.callsTo(`GET /api/orgs/${ORG_ID}`)).not.toHaveLength(0));
    answer(json(200, anOrganization({ listingStatus: 'unlisted', companySize: 'sme' })));
    await waitFor(() => expect(type).toHaveValue('sme-one-pager'));
    await user.click(screen.getByRole('button', { name: 'ドラフトを作成' }));
    await waitFor(() => expect(api.callsTo(`POST /api/orgs/${ORG_ID}/drafts`)).toHaveLength(1));
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/drafts`)[0].body).toEqual({ type: 'sme-one-pager', language: 'ja' });
  });

  it('marks slots, autosaves an edited section with the version it saw, and turns a 409 into a conflict message with a reload', async () => {
    const open = detailOf('d-open', withoutFacts, 'draft', 3);
    const api = apiFor('contributor', [open]);
    const section = withoutFacts.sections[0];
    let saves = 0;
    api.on(`PUT /api/orgs/${ORG_ID}/drafts/d-open/sections/${section.id}`, () => {
      saves += 1;
      if (saves === 1) return json(200, { ...open, currentVersion: 4, current: { ...open.current, version: 4 } });
      return apiError(409, 'DRAFT_VERSION_CONFLICT', '他の人が先に保存しました（現在の版：5）。');
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/d-open`);

    expect(await screen.findByRole('heading', { level: 1, name: withoutFacts.title })).toBeInTheDocument();
    const slots = screen.getAllByTestId('draft-slot');
    expect(slots.length).toBe(open.current.completenessDetail.slots);
    expect(slots[0]).toHaveTextContent('要記入');
    const missing = screen.getByRole('region', { name: /要記入の項目/ });
    expect(within(missing).getAllByRole('listitem')).toHaveLength(open.current.completenessDetail.missing.length);
    expect(screen.getByText('要記入がすべて埋まるとスコアが表示されます。')).toBeInTheDocument();
    // The share is of paragraphs, and says so with the counts it comes from.
    const { paragraphs, filledParagraphs } = open.current.completenessDetail;
    expect(filledParagraphs).toBeLessThan(paragraphs);
    expect(screen.getByTestId('draft-completeness')).toHaveTextContent(
      `記入済みの段落：${paragraphs}段落中${filledParagraphs}段落（${Math.round((filledParagraphs / paragraphs) * 100)}%）`,
    );
    // The AI rewrite is off unless the operator configured it.
    expect(screen.queryByRole('button', { name: /AI提案/ })).not.toBeInTheDocument();

    const box = screen.getByLabelText(`「${section.heading}」を編集`);
    await user.click(box);
    await user.keyboard('追記');
    await waitFor(
      () => expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/drafts/d-open/sections/${section.id}`)).toHaveLength(1),
      { timeout: 3000 },
    );
    const first = api.callsTo(`PUT /api/orgs/${ORG_ID}/drafts/d-open/sections/${section.id}`)[0].body as {
      text: string;
      expectedVersion: number;
    };
    expect(first.expectedVersion).toBe(3);
    expect(first.text.endsWith('追記')).toBe(true);
    expect(await screen.findByText('✓ 保存しました')).toBeInTheDocument();

    await user.keyboard('さらに');
    const conflict = await screen.findByTestId('draft-conflict', {}, { timeout: 3000 });
    const second = api.callsTo(`PUT /api/orgs/${ORG_ID}/drafts/d-open/sections/${section.id}`)[1].body as {
      expectedVersion: number;
    };
    expect(second.expectedVersion).toBe(4);
    expect(conflict).toHaveTextContent('他の人がこのドラフトを更新したか');
    const before = api.callsTo(`GET /api/orgs/${ORG_ID}/drafts/d-open`).length;
    await user.click(within(conflict).getByRole('button', { name: '最新の内容を読み込む' }));
    await waitFor(() => expect(api.callsTo(`GET /api/orgs/${ORG_ID}/drafts/d-open`).length).toBe(before + 1));
    await waitFor(() => expect(screen.queryByTestId('draft-conflict')).not.toBeInTheDocument());
  });

  it('with the AI rewrite enabled, shows a labelled suggestion beside a section that enters the editor only when used', async () => {
    const open = detailOf('d-ai', withoutFacts, 'draft', 2, true);
    const api = apiFor('contributor', [open]);
    const section = withoutFacts.sections[0];
    const aiRoute = `POST /api/orgs/${ORG_ID}/drafts/d-ai/sections/${section.id}/ai-rewrite`;
    const putRoute = `PUT /api/orgs/${ORG_ID}/drafts/d-ai/sections/${section.id}`;
    const suggestion = '当社は知的財産への投資を、取締役会が年4回審議しています。\n\n【要記入：知財投資額】';
    let answer: (r: MockResponse) => void = () => undefined;
    api.on(aiRoute, () => new Promise<MockResponse>((resolve) => (answer = resolve)));
    api.on(putRoute, json(200, { ...open, currentVersion: 3, current: { ...open.current, version: 3 } }));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/d-ai`);

    expect(await screen.findByRole('heading', { level: 1, name: withoutFacts.title })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /AI提案/ })).toHaveLength(withoutFacts.sections.length);
    const panel = within(screen.getByTestId(`draft-section-${section.id}`));
    const box = panel.getByLabelText(`「${section.heading}」を編集`);
    const original = (box as HTMLTextAreaElement).value;
    const request = panel.getByRole('button', { name: `「${section.heading}」のAI提案` });

    // Loading, then an error the user can read; the button works again.
    await user.click(request);
    expect(await panel.findByText('AIが書き直し案を作成しています…')).toBeInTheDocument();
    expect(request).toBeDisabled();
    answer(apiError(502, 'AI_UNAVAILABLE', 'AIサービスに接続できませんでした。'));
    expect(await panel.findByRole('alert')).toHaveTextContent(
      'AI提案を取得できませんでした：AIサービスに接続できませんでした。',
    );
    expect(request).toBeEnabled();

    // A suggestion, clearly labelled, then discarded: nothing is saved and the editor is untouched.
    api.on(
      aiRoute,
      json(200, {
        sectionId: section.id,
        suggestion,
        aiGenerated: true,
        model: 'test-model',
        label: { ja: 'AI', en: 'AI' },
      }),
    );
    await user.click(request);
    const aside = await panel.findByRole('complementary', { name: 'AIが生成した提案' });
    expect(panel.queryByRole('alert')).not.toBeInTheDocument();
    expect(aside).toHaveTextContent('当社は知的財産への投資を、取締役会が年4回審議しています。');
    expect(aside).toHaveTextContent('モデル test-model が生成した文章です。');
    await user.click(within(aside).getByRole('button', { name: '破棄する' }));
    expect(panel.queryByRole('complementary')).not.toBeInTheDocument();
    expect(box).toHaveValue(original);

    // Used: the text goes into the editor, which autosaves it as any edit.
    await user.click(request);
    const again = await panel.findByRole('complementary', { name: 'AIが生成した提案' });
    expect(api.callsTo(putRoute)).toHaveLength(0);
    await user.click(within(again).getByRole('button', { name: 'この文章を使う' }));
    expect(box).toHaveValue(suggestion);
    expect(box).toHaveFocus();
    expect(panel.queryByRole('complementary')).not.toBeInTheDocument();
    await waitFor(() => expect(api.callsTo(putRoute)).toHaveLength(1), { timeout: 3000 });
    expect(api.callsTo(putRoute)[0].body).toEqual({ text: suggestion, expectedVersion: 2 });
    expect(api.callsTo(aiRoute)).toHaveLength(3);
  });

  it('says beside the section how long the LLM limit asks to wait, and leaves the section’s text as it was', async () => {
    const open = detailOf('d-ai', withoutFacts, 'draft', 2, true);
    const api = apiFor('contributor', [open]);
    const section = withoutFacts.sections[0];
    api.on(`POST /api/orgs/${ORG_ID}/drafts/d-ai/sections/${section.id}/ai-rewrite`, tooManyRequests(3000));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/d-ai`);
    const panel = within(await screen.findByTestId(`draft-section-${section.id}`));
    const box = panel.getByLabelText(`「${section.heading}」を編集`);
    const original = (box as HTMLTextAreaElement).value;
    await user.click(panel.getByRole('button', { name: `「${section.heading}」のAI提案` }));
    expect(await panel.findByRole('alert')).toHaveTextContent(
      'AI提案を取得できませんでした：利用回数の上限に達しました。時間をおいてから再度お試しください。 約50分後に再びお試しいただけます。',
    );
    expect(box).toHaveValue(original);
  });
});
