import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QuestionView } from '@ipgn/contracts';
import { createMockApi, json, page } from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const question: QuestionView = {
  id: 'q-1',
  publicationId: 'pub-2',
  publicationTitle: 'CG報告書 知財',
  publicationVersion: 5,
  body: '委員会の開催実績は？',
  askedBy: { userId: 'inv-1', displayName: '投資家 太郎' },
  askedAt: '2026-11-21T00:00:00.000Z',
  answer: null,
  answeredBy: null,
  answeredAt: null,
  isPublic: false,
};

describe('Investor questions inbox', () => {
  it('answers a question and makes it public', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('admin')),
      [`GET /api/orgs/${ORG_ID}/questions`]: json(200, page([question])),
      [`POST /api/orgs/${ORG_ID}/questions/q-1/answer`]: json(200, {
        ...question,
        answer: '2025年度は4回開催しました。',
        answeredBy: { userId: 'user-1', displayName: '山田花子' },
        answeredAt: '2026-11-22T00:00:00.000Z',
        isPublic: true,
      }),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/questions`);

    const item = await screen.findByTestId('org-question');
    expect(item).toHaveTextContent('委員会の開催実績は？');
    expect(screen.getByRole('navigation', { name: '組織メニュー' })).toHaveTextContent('投資家からの質問');
    await user.type(within(item).getByLabelText('回答'), '2025年度は4回開催しました。');
    await user.click(within(item).getByRole('checkbox', { name: '質問と回答を企業ページで公開する' }));
    await user.click(within(item).getByRole('button', { name: '回答する' }));
    expect(await within(item).findByText('公開', { exact: false })).toBeInTheDocument();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/questions/q-1/answer`)[0].body).toEqual({
      body: '2025年度は4回開催しました。',
      makePublic: true,
    });
    expect(within(item).queryByRole('button', { name: '回答する' })).not.toBeInTheDocument();
  });

  it('keeps a too-long answer whole, says so beside it, and sends nothing; an empty one is refused the same way', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('admin')),
      [`GET /api/orgs/${ORG_ID}/questions`]: json(200, page([question])),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/questions`);
    const item = await screen.findByTestId('org-question');
    const box = within(item).getByLabelText('回答');
    await user.click(within(item).getByRole('button', { name: '回答する' }));
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveAccessibleDescription(/入力してください。/);
    fireEvent.change(box, { target: { value: 'あ'.repeat(100_000) } });
    expect((box as HTMLTextAreaElement).value).toHaveLength(100_000);
    expect(box).toHaveAccessibleDescription(/文字以内で入力してください（現在 100,000 文字）/);
    await user.click(within(item).getByRole('button', { name: '回答する' }));
    expect(within(item).getByRole('alert')).toHaveTextContent('入力内容');
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/questions/q-1/answer`)).toHaveLength(0);
  });
});
