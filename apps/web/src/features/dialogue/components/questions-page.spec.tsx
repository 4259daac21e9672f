import { screen, within } from '@testing-library/react';
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
});
