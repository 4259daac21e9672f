import { screen } from '@testing-library/react';
import { pageOf } from '@ipgn/contracts';
import { createMockApi, json } from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

// A 200 answer the page cannot read (here: a draft without its status) is an error the user can read, in their
// language, and a console report naming the call and the path — never a list rendering `undefined`.
const brokenList = pageOf([{ id: 'draft-1', title: '取締役会向け説明', type: 'cg-report', language: 'ja' }], 1, {
  offset: 0,
  limit: 50,
});

function apiWithBrokenList(locale: 'ja' | 'en' = 'ja') {
  return createMockApi({
    'GET /api/auth/me': json(200, aUser('owner', { locale })),
    [`GET /api/orgs/${ORG_ID}/drafts`]: json(200, brokenList),
  });
}

describe('Drafts page, answer that does not match its schema', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('shows a clear error in Japanese and reports the path to the console', async () => {
    renderApp(apiWithBrokenList(), `/o/${ORG_ID}/drafts`);

    expect(await screen.findByText(/サーバーから、この画面で読み取れない形式のデータが届きました/)).toBeInTheDocument();
    expect(screen.queryByText('取締役会向け説明')).not.toBeInTheDocument();
    const report = consoleError.mock.calls.find(([message]) =>
      String(message).includes(`GET /api/orgs/${ORG_ID}/drafts`),
    );
    expect(report?.[1]).toEqual(expect.arrayContaining([expect.stringMatching(/^items\[0\]\.status: /)]));
  });

  it('shows the same error in English', async () => {
    renderApp(apiWithBrokenList('en'), `/o/${ORG_ID}/drafts`, 'en');

    expect(await screen.findByText(/The server sent data this page cannot read/)).toBeInTheDocument();
  });
});
