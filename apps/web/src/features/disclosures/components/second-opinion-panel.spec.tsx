import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseSecondOpinion, scoreDisclosure, type DisclosureRecord } from '@ipgn/disclosure-scoring';
import type { OrganizationRole } from '@ipgn/contracts';
import { apiError, createMockApi, json, type MockApi, page, tooManyRequests } from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import { DISCLOSURE_RUBRIC, disclosureRecordOf } from '../../../testing/judgement-fixtures';

// Our own passage about an invented business.
const TEXT =
  '当社は、業務用空調事業の省エネ制御技術について、基本特許をライセンス供与して業界の標準規格とし、ライセンス収入を得ています。';
// What the API returns: the library's parse of a model answer with one invented quote (dropped) and a KPI claimed without one.
const OPINION = parseSecondOpinion(
  JSON.stringify({
    label: 'strong',
    features: {
      business: { present: true, quotes: ['業務用空調事業'] },
      mechanism: { present: true, quotes: ['基本特許をライセンス供与して業界の標準規格とし'] },
      kpi: { present: true, quotes: ['営業利益率20%'] },
    },
    reason: '事業と仕組みと成果がつながっています。',
  }),
  TEXT,
  'test-model',
);

function recordOf(secondOpinionEnabled: boolean): DisclosureRecord {
  const result = scoreDisclosure(TEXT, { documentType: 'other' });
  return disclosureRecordOf(TEXT, result, { createdAt: '2026-11-25T00:00:00.000Z', secondOpinionEnabled });
}

function apiFor(role: OrganizationRole, enabled: boolean, locale: 'ja' | 'en' = 'ja'): MockApi {
  const record = recordOf(enabled);
  return createMockApi({
    'GET /api/auth/me': json(200, aUser(role, { locale })),
    'GET /api/disclosure-rubric': json(200, DISCLOSURE_RUBRIC),
    [`GET /api/orgs/${ORG_ID}/disclosures`]: json(200, page([])),
    [`GET /api/orgs/${ORG_ID}/disclosures/d-1`]: json(200, record),
  });
}
const POST = `POST /api/orgs/${ORG_ID}/disclosures/d-1/second-opinion`;

describe('LLM second opinion beside the judgement', () => {
  it('asks on demand and shows the LLM label, features with verbatim quotes, dropped quotes and reason beside the rule-based score', async () => {
    const api = apiFor('contributor', true);
    api.on(POST, json(200, OPINION));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/disclosures/d-1`);

    const panel = await screen.findByRole('region', { name: /LLMのセカンドオピニオン（参考）/ });
    // The rule-based judgement is still there, unchanged.
    expect(screen.getByTestId('disclosure-overall')).toHaveTextContent(`${recordOf(true).overall}点 / 100点`);
    expect(api.callsTo(POST)).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'LLMの意見を求める' }));

    expect(await within(panel).findByText(/LLMの評価：強い/)).toBeInTheDocument();
    expect(api.callsTo(POST)).toHaveLength(1);
    expect(within(panel).getByText('モデル：test-model')).toBeInTheDocument();
    const quotes = within(panel)
      .getAllByText((_c, el) => el?.tagName === 'Q')
      .map((q) => q.textContent);
    expect(quotes).toEqual(['業務用空調事業', '基本特許をライセンス供与して業界の標準規格とし']);
    expect(within(panel).getByText(/本文にそのまま存在する引用がないため数えていません/)).toBeInTheDocument();
    expect(within(panel).getByText('本文に存在しない引用 1 件を除外しました。')).toBeInTheDocument();
    expect(within(panel).getByText('事業と仕組みと成果がつながっています。')).toBeInTheDocument();
  });

  it('says "second opinion unavailable" when the API cannot give one', async () => {
    const api = apiFor('owner', true);
    api.on(POST, apiError(502, 'SECOND_OPINION_UNAVAILABLE', 'LLMのセカンドオピニオンを取得できませんでした。'));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/disclosures/d-1`);
    await user.click(await screen.findByRole('button', { name: 'LLMの意見を求める' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'セカンドオピニオンは利用できません：LLMのセカンドオピニオンを取得できませんでした。',
    );
  });

  it('says how long the LLM limit asks to wait, in Japanese and in English', async () => {
    const api = apiFor('owner', true);
    api.on(POST, tooManyRequests(1800));
    const user = userEvent.setup();
    const japanese = renderApp(api, `/o/${ORG_ID}/disclosures/d-1`);
    await user.click(await screen.findByRole('button', { name: 'LLMの意見を求める' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'セカンドオピニオンは利用できません：利用回数の上限に達しました。時間をおいてから再度お試しください。 約30分後に再びお試しいただけます。',
    );
    japanese.unmount();

    const english = apiFor('owner', true, 'en');
    english.on(POST, tooManyRequests(60, 'The limit on attempts has been reached for now. Please wait and try again.'));
    renderApp(english, `/o/${ORG_ID}/disclosures/d-1`, 'en');
    await user.click(await screen.findByRole('button', { name: "Ask for the LLM's opinion" }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Second opinion unavailable: The limit on attempts has been reached for now. Please wait and try again. You can try again in about 1 minute.',
    );
  });

  it('is absent when no LLM is configured, and from roles that may not score', async () => {
    renderApp(apiFor('owner', false), `/o/${ORG_ID}/disclosures/d-1`);
    expect(await screen.findByTestId('disclosure-overall')).toBeInTheDocument();
    expect(screen.queryByTestId('second-opinion')).not.toBeInTheDocument();
  });

  it('is absent for a viewer even when configured', async () => {
    renderApp(apiFor('viewer', true), `/o/${ORG_ID}/disclosures/d-1`);
    expect(await screen.findByTestId('disclosure-overall')).toBeInTheDocument();
    expect(screen.queryByTestId('second-opinion')).not.toBeInTheDocument();
  });

  it('speaks English and labels it as an LLM opinion', async () => {
    const api = apiFor('owner', true, 'en');
    api.on(POST, json(200, OPINION));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/disclosures/d-1`, 'en');
    const panel = await screen.findByRole('region', { name: /Second opinion from an LLM/ });
    await user.click(within(panel).getByRole('button', { name: "Ask for the LLM's opinion" }));
    expect(await within(panel).findByText(/The LLM's rating: strong/)).toBeInTheDocument();
    expect(within(panel).getByText(/Mechanism of advantage/)).toBeInTheDocument();
  });

  describe("on an investor's own check", () => {
    const investor = aUser('owner', {
      id: 'investor-1',
      accountType: 'investor',
      memberships: [],
      lastOrganizationId: null,
    });
    const CHECK_POST = 'POST /api/me/disclosure-checks/c-1/second-opinion';
    function investorApi(enabled: boolean): MockApi {
      return createMockApi({
        'GET /api/auth/me': json(200, investor),
        'GET /api/disclosure-rubric': json(200, DISCLOSURE_RUBRIC),
        'GET /api/me/disclosure-checks': json(200, page([])),
        'GET /api/me/disclosure-checks/c-1': json(200, { ...recordOf(enabled), id: 'c-1', createdBy: null }),
      });
    }

    it('asks the check’s own route and shows the opinion beside the judgement', async () => {
      const api = investorApi(true);
      api.on(CHECK_POST, json(200, OPINION));
      const user = userEvent.setup();
      renderApp(api, '/investor/checks/c-1');
      const panel = await screen.findByRole('region', { name: /LLMのセカンドオピニオン（参考）/ });
      expect(screen.getByTestId('disclosure-overall')).toBeInTheDocument();
      await user.click(within(panel).getByRole('button', { name: 'LLMの意見を求める' }));
      expect(await within(panel).findByText(/LLMの評価：強い/)).toBeInTheDocument();
      expect(api.callsTo(CHECK_POST)).toHaveLength(1);
    });

    it('is absent when no LLM is configured', async () => {
      renderApp(investorApi(false), '/investor/checks/c-1');
      expect(await screen.findByTestId('disclosure-overall')).toBeInTheDocument();
      expect(screen.queryByTestId('second-opinion')).not.toBeInTheDocument();
    });
  });
});
