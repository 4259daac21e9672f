import { screen, within } from '@testing-library/react';
import type { PublicBenchmarkView } from '@ipgn/contracts';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';
import type { PublicCompanyPage } from '@ipgn/drafting';

const page: PublicCompanyPage = {
  company: {
    slug: 'pharma',
    nameJa: '株式会社ファーマ',
    nameEn: 'Pharma Inc.',
    securitiesCode: '4500',
    industry: '3250',
    listingStatus: 'prime',
    companySize: 'large',
    publications: 1,
    latestPublishedAt: '2026-11-20T00:00:00.000Z',
  },
  disclosures: [],
  questions: [],
};
const distribution: PublicBenchmarkView = {
  industry: '3250',
  minimum: 5,
  bands: [
    {
      sizeBand: 'large',
      contributors: 7,
      computedAt: '2026-11-30T00:00:00.000Z',
      rows: [
        { key: 'overall', label: { ja: '総合', en: 'Overall' }, quartiles: { p25: 31, median: 47, p75: 68 } },
        { key: 'action:1', label: { ja: '現状の把握', en: 'Grasp the current state' }, quartiles: null },
      ],
    },
  ],
};
const anonymous = () => apiError(401, 'UNAUTHENTICATED', 'ログインしてください。');

describe('Public company page: the sector distribution', () => {
  it('shows an anonymous visitor the sector quartiles per size band, withheld dimensions without a number, no own-score column', async () => {
    const api = createMockApi({
      'GET /api/auth/me': anonymous(),
      'GET /api/public/companies/pharma': json(200, page),
      'GET /api/public/benchmark/3250': json(200, distribution),
    });
    renderApp(api, '/companies/pharma');

    const section = await screen.findByRole('region', { name: 'この業種の企業の自己評価（匿名）' });
    expect(section).toHaveTextContent('医薬品');
    expect(section).toHaveTextContent('この企業自身のスコアではありません。');
    const band = await within(section).findByRole('region', { name: /大企業（7社、/ });
    const table = within(band).getByRole('table', { name: '大企業：観点ごとのスコアの四分位（0〜100）' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['観点', '25%', '中央値', '75%', '25%〜75%']);
    const overall = within(table).getByRole('row', { name: /総合/ });
    expect(
      within(overall)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => c.textContent),
    ).toEqual(['31', '47', '68']);
    const withheld = within(table).getByRole('row', { name: /現状の把握/ });
    // One cell saying why (the plot cell is hidden from assistive tech): no quartile and no count.
    expect(
      within(withheld)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['非表示（5社未満）']);
  });

  it('says so in English when the sector has nothing to show yet', async () => {
    const api = createMockApi({
      'GET /api/auth/me': anonymous(),
      'GET /api/public/companies/pharma': json(200, page),
      'GET /api/public/benchmark/3250': json(200, { industry: '3250', minimum: 5, bands: [] }),
    });
    renderApp(api, '/companies/pharma', 'en');
    const section = await screen.findByRole('region', {
      name: 'How companies in this sector rate themselves (anonymous)',
    });
    expect(await within(section).findByText(/No distribution can be shown for this sector yet/)).toBeInTheDocument();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('leaves the section out for a company without a sector (no request)', async () => {
    const api = createMockApi({
      'GET /api/auth/me': anonymous(),
      'GET /api/public/companies/nosector': json(200, {
        ...page,
        company: { ...page.company, slug: 'nosector', industry: null },
      }),
    });
    renderApp(api, '/companies/nosector');
    expect(await screen.findByRole('heading', { level: 1, name: '株式会社ファーマ' })).toBeInTheDocument();
    expect(screen.queryByTestId('sector-distribution')).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/public/benchmark/3250')).toHaveLength(0);
  });
});
