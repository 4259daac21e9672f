import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrganizationRole } from '@ipgn/contracts';
import { scoreDisclosure } from '@ipgn/disclosure-scoring';
import { demoDraftInput, draftCompleteness, generateDraft, renderDraftText, type Draft } from '@ipgn/drafting';
import { apiError, createMockApi, json, type MockApi } from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import type { DraftDetail, DraftStatus, DraftSummary } from '../api/draft-api-types';

const withoutFacts = generateDraft('cg-report', 'ja', { ...demoDraftInput(), facts: {} });
const complete = generateDraft('cg-report', 'ja', demoDraftInput());

function detailOf(id: string, draft: Draft, status: DraftStatus, version = 1): DraftDetail {
  const completeness = draftCompleteness(draft);
  const text = renderDraftText(draft);
  const score = completeness.slots === 0 ? scoreDisclosure(text) : null;
  return {
    id,
    type: draft.type,
    language: draft.language,
    title: draft.title,
    status,
    currentVersion: version,
    assessmentId: 'round-1',
    overall: score?.overall ?? null,
    class: score?.class ?? null,
    completeness: completeness.ratio,
    createdBy: { userId: 'user-1', displayName: '山田花子' },
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
    current: {
      version,
      overall: score?.overall ?? null,
      completeness: completeness.ratio,
      slots: completeness.slots,
      note: null,
      createdBy: { userId: 'user-1', displayName: '山田花子' },
      createdAt: '2026-11-20T00:00:00.000Z',
      draft,
      score,
      completenessDetail: completeness,
      text,
    },
    comments: [],
    publications: [],
  };
}

function summaryOf(d: DraftDetail): DraftSummary {
  const { current: _current, comments: _comments, publications: _publications, ...summary } = d;
  return summary;
}

function apiFor(role: OrganizationRole, drafts: DraftDetail[]): MockApi {
  const routes: Parameters<typeof createMockApi>[0] = {
    'GET /api/auth/me': json(200, aUser(role)),
    [`GET /api/orgs/${ORG_ID}/drafts`]: json(200, drafts.map(summaryOf)),
  };
  for (const d of drafts) {
    routes[`GET /api/orgs/${ORG_ID}/drafts/${d.id}`] = json(200, d);
    routes[`GET /api/orgs/${ORG_ID}/drafts/${d.id}/versions`] = json(200, [d.current]);
  }
  return createMockApi(routes);
}

describe('Disclosure drafts', () => {
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
    expect(openRow).toHaveTextContent(`要記入あり（完成度 ${Math.round(open.completeness * 100)}%）`);
    const doneRow = screen.getByTestId('draft-row-d-done');
    expect(within(doneRow).getByTestId('draft-status')).toHaveTextContent('承認済み');
    expect(doneRow).toHaveTextContent(`${done.overall}点（${done.class}）`);
    expect(screen.getByRole('link', { name: /企業情報/ })).toHaveAttribute('href', `/o/${ORG_ID}/drafts/facts`);

    await user.selectOptions(screen.getByLabelText('種類'), '統合報告書（知財・無形資産）');
    await user.selectOptions(screen.getByLabelText('言語'), '英語');
    await user.click(screen.getByRole('button', { name: 'ドラフトを作成' }));
    expect(await screen.findByRole('heading', { level: 1, name: created.title })).toBeInTheDocument();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/drafts`)[0].body).toEqual({ type: 'integrated-report', language: 'en' });
    expect(location.pathname).toBe(`/o/${ORG_ID}/drafts/d-new`);
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

    const box = screen.getByLabelText(`「${section.heading}」を編集`);
    await user.click(box);
    await user.keyboard('追記');
    await waitFor(() => expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/drafts/d-open/sections/${section.id}`)).toHaveLength(1), { timeout: 3000 });
    const first = api.callsTo(`PUT /api/orgs/${ORG_ID}/drafts/d-open/sections/${section.id}`)[0].body as { text: string; expectedVersion: number };
    expect(first.expectedVersion).toBe(3);
    expect(first.text.endsWith('追記')).toBe(true);
    expect(await screen.findByText('✓ 保存しました')).toBeInTheDocument();

    await user.keyboard('さらに');
    const conflict = await screen.findByTestId('draft-conflict', {}, { timeout: 3000 });
    const second = api.callsTo(`PUT /api/orgs/${ORG_ID}/drafts/d-open/sections/${section.id}`)[1].body as { expectedVersion: number };
    expect(second.expectedVersion).toBe(4);
    expect(conflict).toHaveTextContent('他の人がこのドラフトを更新したか');
    const before = api.callsTo(`GET /api/orgs/${ORG_ID}/drafts/d-open`).length;
    await user.click(within(conflict).getByRole('button', { name: '最新の内容を読み込む' }));
    await waitFor(() => expect(api.callsTo(`GET /api/orgs/${ORG_ID}/drafts/d-open`).length).toBe(before + 1));
    await waitFor(() => expect(screen.queryByTestId('draft-conflict')).not.toBeInTheDocument());
  });

  it('offers the workflow buttons the role allows: a reviewer approves or requests changes with a comment', async () => {
    const inReview = detailOf('d-rev', complete, 'in_review', 2);
    const api = apiFor('reviewer', [inReview]);
    const changed = { ...inReview, status: 'changes_requested' as const };
    api.on(`POST /api/orgs/${ORG_ID}/drafts/d-rev/request-changes`, json(200, changed));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/d-rev`);

    const workflow = await screen.findByRole('region', { name: 'レビューと公開' });
    expect(within(workflow).getByTestId('draft-status')).toHaveTextContent('レビュー中');
    expect(within(workflow).queryByRole('button', { name: 'レビューを依頼' })).not.toBeInTheDocument();
    expect(within(workflow).queryByRole('button', { name: '公開する' })).not.toBeInTheDocument();
    expect(within(workflow).getByRole('button', { name: '承認する' })).toBeInTheDocument();
    // A reviewer cannot edit the text.
    expect(screen.queryByLabelText(/を編集$/)).not.toBeInTheDocument();
    expect(screen.getByTestId('draft-overall')).toHaveTextContent(`${inReview.overall}点 / 100点`);

    await user.click(within(workflow).getByRole('button', { name: '修正を依頼' }));
    await user.type(within(workflow).getByLabelText('修正してほしい内容'), 'KPIの目標年度を明記してください');
    await user.click(within(workflow).getByRole('button', { name: '修正依頼を送る' }));
    expect(await within(workflow).findByText('修正を依頼しました。')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/drafts/d-rev/request-changes`)[0].body).toEqual({ comment: 'KPIの目標年度を明記してください' });
    expect(within(workflow).getByTestId('draft-status')).toHaveTextContent('修正依頼あり');
  });

  it('lets an owner publish an approved draft and shows the export downloads', async () => {
    const approved = detailOf('d-ok', complete, 'approved', 4);
    const api = apiFor('owner', [approved]);
    api.on(`POST /api/orgs/${ORG_ID}/drafts/d-ok/publish`, json(200, { ...approved, status: 'published', publications: [{ publicationId: 'p-1', version: 4, publishedAt: '2026-11-25T00:00:00.000Z' }] }));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/d-ok`);

    const workflow = await screen.findByRole('region', { name: 'レビューと公開' });
    expect(within(workflow).queryByRole('button', { name: '承認する' })).not.toBeInTheDocument();
    await user.click(within(workflow).getByRole('button', { name: '公開する' }));
    expect(await within(workflow).findByText('公開しました。')).toBeInTheDocument();
    expect(within(workflow).getByRole('link', { name: '公開ページを開く' })).toHaveAttribute('href', '/companies/sample');
    const exports = screen.getByRole('region', { name: 'ダウンロード' });
    expect(within(exports).getByRole('link', { name: 'Word文書（DOCX）' })).toHaveAttribute('href', `/api/orgs/${ORG_ID}/drafts/d-ok/export.docx`);
    expect(within(exports).getByRole('link', { name: 'PDF' })).toHaveAttribute('href', `/api/orgs/${ORG_ID}/drafts/d-ok/export.pdf`);
  });
});
