import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pageOf } from '@ipgn/contracts';
import { json } from '../../../testing/mock-api';
import { ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import { apiFor, complete, detailOf, withoutFacts } from '../../../testing/draft-fixtures';

describe('Disclosure drafts: review, approval and publishing', () => {
  it('offers the workflow buttons the role allows: a reviewer approves or requests changes with a comment', async () => {
    const inReview = detailOf('d-rev', complete, 'in_review', 2, true);
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
    expect(screen.queryByRole('button', { name: /AI提案/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('draft-overall')).toHaveTextContent(`${inReview.overall}点 / 100点`);

    await user.click(within(workflow).getByRole('button', { name: '修正を依頼' }));
    await user.type(within(workflow).getByLabelText('修正してほしい内容'), 'KPIの目標年度を明記してください');
    await user.click(within(workflow).getByRole('button', { name: '修正依頼を送る' }));
    expect(await within(workflow).findByText('修正を依頼しました。 現在の状態：修正依頼あり')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/drafts/d-rev/request-changes`)[0].body).toEqual({
      comment: 'KPIの目標年度を明記してください',
    });
    expect(within(workflow).getByTestId('draft-status')).toHaveTextContent('修正依頼あり');
  });

  it('asks for review with the open gaps listed and accepted, and a picked reviewer', async () => {
    const open = detailOf('d-gap', withoutFacts, 'draft');
    const api = apiFor('contributor', [open]);
    api.on(
      `GET /api/orgs/${ORG_ID}/members`,
      json(
        200,
        pageOf(
          [
            {
              userId: 'user-2',
              email: 'r@example.jp',
              displayName: '佐藤レビュー',
              role: 'reviewer',
              joinedAt: '2026-11-01T00:00:00.000Z',
            },
            {
              userId: 'user-3',
              email: 'v@example.jp',
              displayName: '鈴木閲覧',
              role: 'viewer',
              joinedAt: '2026-11-01T00:00:00.000Z',
            },
          ],
          2,
          { offset: 0, limit: 50 },
        ),
      ),
    );
    api.on(`POST /api/orgs/${ORG_ID}/drafts/d-gap/submit-for-review`, json(200, { ...open, status: 'in_review' }));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/d-gap`);

    const workflow = await screen.findByRole('region', { name: 'レビューと公開' });
    await user.click(within(workflow).getByRole('button', { name: 'レビューを依頼' }));
    // The form loads after the page (its own chunk).
    const reviewer = await within(workflow).findByLabelText('レビュー担当者（任意）');
    await waitFor(() => expect(within(reviewer).getAllByRole('option')).toHaveLength(2));
    expect(within(reviewer).queryByRole('option', { name: '鈴木閲覧' })).not.toBeInTheDocument();
    await user.selectOptions(reviewer, 'user-2');
    const gaps = open.current.completenessDetail.missing;
    expect(within(within(workflow).getByTestId('draft-review-gaps')).getAllByRole('listitem')).toHaveLength(
      gaps.length,
    );
    await user.click(within(workflow).getByRole('button', { name: 'レビュー依頼を送る' }));
    const accept = within(workflow).getByLabelText('上記の要記入が残ったままレビューを依頼することを了承します');
    expect(accept).toHaveAttribute('aria-invalid', 'true');
    expect(accept).toHaveAccessibleDescription('レビューを依頼するには、要記入が残っていることを了承してください。');
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/drafts/d-gap/submit-for-review`)).toHaveLength(0);
    await user.click(accept);
    await user.click(within(workflow).getByRole('button', { name: 'レビュー依頼を送る' }));
    expect(await within(workflow).findByText('レビューを依頼しました。 現在の状態：レビュー中')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/drafts/d-gap/submit-for-review`)[0].body).toEqual({
      reviewerId: 'user-2',
      acknowledgedGaps: gaps.map((g) => g.slotId),
    });
  });

  it('four-eyes: the member who saved the current version sees approval disabled and why', async () => {
    const mine = detailOf('d-mine', complete, 'in_review', 2);
    const api = apiFor('owner', [mine]);
    renderApp(api, `/o/${ORG_ID}/drafts/d-mine`);
    const workflow = await screen.findByRole('region', { name: 'レビューと公開' });
    const approve = within(workflow).getByRole('button', { name: '承認する' });
    expect(approve).toBeDisabled();
    expect(approve).toHaveAccessibleDescription(/この版を最後に保存したのはあなたのため、承認できません/);
    expect(within(workflow).getByRole('button', { name: '修正を依頼' })).toBeEnabled();
  });

  it('lets an owner publish an approved draft and shows the export downloads', async () => {
    const approved = detailOf('d-ok', complete, 'approved', 4);
    const api = apiFor('owner', [approved]);
    api.on(
      `POST /api/orgs/${ORG_ID}/drafts/d-ok/publish`,
      json(200, {
        ...approved,
        status: 'published',
        publications: [
          {
            publicationId: 'p-1',
            version: 4,
            publishedAt: '2026-11-25T00:00:00.000Z',
            withdrawnAt: null,
            title: approved.title,
          },
        ],
      }),
    );
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/d-ok`);

    const workflow = await screen.findByRole('region', { name: 'レビューと公開' });
    expect(within(workflow).queryByRole('button', { name: '承認する' })).not.toBeInTheDocument();
    // Publishing asks first: cancelling sends nothing, confirming publishes.
    await user.click(within(workflow).getByRole('button', { name: '公開する' }));
    const confirm = within(workflow).getByRole('alertdialog', { name: '公開しますか？' });
    expect(within(confirm).getByRole('button', { name: '確定して公開' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(workflow).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/drafts/d-ok/publish`)).toHaveLength(0);
    await user.click(within(workflow).getByRole('button', { name: '公開する' }));
    await user.click(within(workflow).getByRole('button', { name: '確定して公開' }));
    expect(await within(workflow).findByText('公開しました。 現在の状態：公開済み')).toBeInTheDocument();
    expect(within(workflow).getByTestId('draft-publication-history')).toHaveTextContent('第4版');
    expect(within(workflow).getByRole('link', { name: '公開ページを開く' })).toHaveAttribute(
      'href',
      '/companies/sample',
    );
    const exports = screen.getByRole('region', { name: 'ダウンロード' });
    expect(within(exports).getByRole('link', { name: 'Word文書（DOCX）' })).toHaveAttribute(
      'href',
      `/api/orgs/${ORG_ID}/drafts/d-ok/export.docx`,
    );
    expect(within(exports).getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      `/api/orgs/${ORG_ID}/drafts/d-ok/export.pdf`,
    );
  });
});
