import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError } from '../../../testing/mock-api';
import { ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import { apiFor, complete, detailOf } from '../../../testing/draft-fixtures';
import type { DraftDetail } from '@ipgn/drafting';

describe('Published titles', () => {
  it('renames a published title: an empty title refused beside the box, the API’s message beside it, the text kept', async () => {
    const published: DraftDetail = {
      ...detailOf('d-pub', complete, 'published'),
      publications: [
        {
          publicationId: 'pub-1',
          version: 1,
          publishedAt: '2026-11-21T00:00:00.000Z',
          withdrawnAt: null,
          title: '知財・無形資産の投資',
        },
      ],
    };
    const rename = `PATCH /api/orgs/${ORG_ID}/publications/pub-1`;
    const api = apiFor('owner', [published]);
    api.on(
      rename,
      apiError(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', [
        { field: 'title', code: 'isNotEmpty', message: '題名に使えない文字が含まれています。' },
      ]),
    );
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/d-pub`);

    await user.click(await screen.findByRole('button', { name: '第1版の題名を変更' }));
    // The form loads when opened (its own chunk) and takes the focus from the button it replaces.
    const title = await screen.findByLabelText(/第1版の題名（投資家に表示されます）/);
    await waitFor(() => expect(title).toHaveFocus());
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: '題名を保存' }));
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(/入力してください/);
    expect(api.callsTo(rename)).toHaveLength(0);

    await user.type(title, '知財投資の方針');
    await user.click(screen.getByRole('button', { name: '題名を保存' }));
    await waitFor(() => expect(title).toHaveAccessibleDescription(/題名に使えない文字が含まれています。/));
    expect(title).toHaveValue('知財投資の方針');
    expect(api.callsTo(rename)).toHaveLength(1);
    expect(api.callsTo(rename)[0].body).toEqual({ title: '知財投資の方針' });
  });
});
