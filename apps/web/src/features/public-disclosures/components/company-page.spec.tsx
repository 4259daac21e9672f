import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CRITERIA_V2 as CRITERIA } from '@ipgn/disclosure-scoring';
import { scoreDisclosure } from '@ipgn/disclosure-scoring';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { aUser } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import { aGradeBasis, gradeBasisFor } from '../../../testing/judgement-fixtures';
import type { CompanyComparison, PublicCompanyPage, PublicPublication } from '@ipgn/drafting';
import type { PublicCompany } from '@ipgn/contracts';

const TEXT =
  'CTOを委員長とする知財戦略委員会が四半期ごとに開催され、出願・放棄の判断と重点領域の見直しを行っています。';
const score = scoreDisclosure(TEXT);
const company: PublicCompany = {
  slug: 'sample',
  nameJa: '株式会社サンプル',
  nameEn: 'Sample Inc.',
  securitiesCode: '7203',
  industry: null,
  listingStatus: 'prime',
  companySize: 'large',
  publications: 2,
  latestPublishedAt: '2026-11-20T00:00:00.000Z',
};
const summary = {
  type: 'cg-report' as const,
  language: 'ja' as const,
  title: 'CG報告書 知財',
  overall: score.overall,
  grade: score.grade,
  gradeBasis: gradeBasisFor(score),
  class: score.class,
};
const page: PublicCompanyPage = {
  company,
  disclosures: [
    {
      ...summary,
      publicationId: 'pub-2',
      version: 5,
      publishedAt: '2026-11-20T00:00:00.000Z',
      criteria: score.criteria.map((c) => ({ id: c.id, key: c.key, name: c.name, score: c.score })),
      olderVersions: [{ ...summary, publicationId: 'pub-1', version: 3, publishedAt: '2026-10-01T00:00:00.000Z' }],
    },
  ],
  questions: [
    {
      id: 'q-1',
      publicationId: 'pub-2',
      question: '委員会の開催実績は？',
      answer: '2025年度は4回開催しました。',
      askedAt: '2026-11-21T00:00:00.000Z',
      answeredAt: '2026-11-22T00:00:00.000Z',
    },
  ],
};
const publication: PublicPublication = {
  ...summary,
  publicationId: 'pub-2',
  version: 5,
  publishedAt: '2026-11-20T00:00:00.000Z',
  company,
  text: TEXT,
  score,
  questions: [],
};

describe('Public company pages', () => {
  it('calls the score what it is in English: a rule-based score computed by this service', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'Please sign in.'),
      'GET /api/public/companies/sample': json(200, {
        ...page,
        disclosures: page.disclosures.map((d) => ({ ...d, grade: 'A', gradeBasis: aGradeBasis() })),
      }),
    });
    renderApp(api, '/companies/sample', 'en');
    const label = await screen.findByTestId('score-label');
    expect(label).toHaveTextContent('Rule-based score (computed by this service)');
    expect(label).not.toHaveTextContent(/self-computed/i);
    expect(label).toHaveTextContent('Grade A');
    expect(within(label).getByTestId('few-rated')).toHaveTextContent('Based on only 2 rated texts');
    expect(within(label).getByTestId('grade-meaning')).toHaveTextContent('95% interval 9%–91%');
  });

  it('shows an anonymous visitor the published disclosures with per-criterion scores, older versions and public Q&A', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください。'),
      'GET /api/public/companies/sample': json(200, page),
      'GET /api/public/companies/sample/publications/pub-2': json(200, publication),
    });
    const user = userEvent.setup();
    renderApp(api, '/companies/sample');

    expect(await screen.findByRole('heading', { level: 1, name: '株式会社サンプル' })).toBeInTheDocument();
    const disclosure = screen.getByTestId('public-disclosure');
    expect(disclosure).toHaveTextContent('第5版');
    expect(
      within(disclosure)
        .getAllByRole('listitem')
        .filter((li) => li.dataset['testid']?.startsWith('public-criterion-')),
    ).toHaveLength(CRITERIA.length);
    expect(within(disclosure).getByRole('link', { name: /第3版/ })).toHaveAttribute(
      'href',
      '/companies/sample/publications/pub-1',
    );
    expect(screen.getByTestId('public-qa')).toHaveTextContent('2025年度は4回開催しました。');
    // The score says what it is (rule-based, computed by this service) and what its grade stands for.
    const label = within(disclosure).getByTestId('score-label');
    expect(label).toHaveTextContent('ルールによる自動スコア（当サービスが算出）');
    expect(label).not.toHaveTextContent('自己算定');
    expect(label).toHaveTextContent(`評価${score.grade}`);
    const basis = gradeBasisFor(score);
    expect(within(label).getByTestId('grade-meaning')).toHaveTextContent(
      `評価「${score.grade}」は、総合スコア${basis.min}〜${basis.max}点の帯を表す記号です。`,
    );
    if (basis.rated < 10) expect(within(label).getByTestId('few-rated')).toHaveTextContent(`${basis.rated}件だけ`);
    expect(screen.getByTestId('what-grades-are')).toHaveTextContent('評価（A〜E）は総合スコアの帯を表す記号です。');

    await user.click(within(disclosure).getByRole('link', { name: '本文を読む' }));
    expect(await screen.findByTestId('publication-text')).toHaveTextContent(TEXT);
    expect(screen.getByText('質問するには投資家アカウントでログインしてください。')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^質問/)).not.toBeInTheDocument();
  });

  it('lets a signed-in investor ask about a publication', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(
        200,
        aUser('owner', { accountType: 'investor', memberships: [], lastOrganizationId: null }),
      ),
      'GET /api/public/companies/sample/publications/pub-2': json(200, publication),
      'POST /api/public/publications/pub-2/questions': json(201, {
        id: 'q-9',
        publicationId: 'pub-2',
        companySlug: 'sample',
        companyNameJa: company.nameJa,
        companyNameEn: company.nameEn,
        publicationTitle: summary.title,
        body: 'KPIの目標は？',
        askedAt: '2026-11-25T00:00:00.000Z',
        answer: null,
        answeredAt: null,
        isPublic: false,
      }),
    });
    const user = userEvent.setup();
    renderApp(api, '/companies/sample/publications/pub-2');

    const question = await screen.findByLabelText(/^質問/);
    // Marked required like every other required field, before anyone tries to send it empty.
    expect(question).toBeRequired();
    expect(question.closest('form')?.querySelector('label')).toHaveTextContent('質問必須');
    await user.type(question, 'KPIの目標は？');
    await user.click(screen.getByRole('button', { name: '質問を送る' }));
    expect(await screen.findByText(/質問を送りました。/)).toBeInTheDocument();
    expect(api.callsTo('POST /api/public/publications/pub-2/questions')[0].body).toEqual({ body: 'KPIの目標は？' });
    expect(screen.getByLabelText(/^質問/)).toHaveValue('');
  });

  it('keeps a too-long question whole, says so beside it, and sends nothing', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(
        200,
        aUser('owner', { accountType: 'investor', memberships: [], lastOrganizationId: null }),
      ),
      'GET /api/public/companies/sample/publications/pub-2': json(200, publication),
    });
    const user = userEvent.setup();
    renderApp(api, '/companies/sample/publications/pub-2');
    const box = await screen.findByLabelText(/^質問/);
    fireEvent.change(box, { target: { value: 'あ'.repeat(100_000) } });
    await user.click(screen.getByRole('button', { name: '質問を送る' }));
    await waitFor(() => expect(box).toHaveFocus());
    expect((box as HTMLTextAreaElement).value).toHaveLength(100_000);
    expect(box).toHaveAccessibleDescription(/2,000 文字以内で入力してください（現在 100,000 文字）/);
    expect(api.callsTo('POST /api/public/publications/pub-2/questions')).toHaveLength(0);
  });

  it('compares two companies criterion by criterion', async () => {
    const other: PublicCompany = { ...company, slug: 'other', nameJa: '株式会社アザー', nameEn: null };
    const comparison: CompanyComparison = {
      type: null,
      language: 'ja',
      criteria: CRITERIA.map((c) => ({ id: c.id, key: c.key, name: c.name })),
      companies: [
        {
          company,
          publication: { ...summary, publicationId: 'pub-2', version: 5, publishedAt: '2026-11-20T00:00:00.000Z' },
          scores: { [CRITERIA[0].id]: 3 },
        },
        { company: other, publication: null, scores: {} },
      ],
    };
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください。'),
      'GET /api/public/compare': json(200, comparison),
    });
    renderApp(api, '/companies/compare?slugs=sample,other');

    const table = await screen.findByTestId('compare-table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    const firstRow = within(table).getByRole('rowheader', { name: CRITERIA[0].name.ja }).closest('tr');
    expect(firstRow).toHaveTextContent('3 / 3');
    expect(firstRow).toHaveTextContent('該当なし');
    await waitFor(() =>
      expect(api.callsTo('GET /api/public/compare')[0].path).toBe('/api/public/compare?slugs=sample,other'),
    );
    // Every region has a name of its own (axe landmark-unique): the page is named by its title, the table by its own.
    const names = screen
      .getAllByRole('region')
      .map((r) => r.getAttribute('aria-label') ?? r.getAttribute('aria-labelledby'));
    expect(new Set(names).size).toBe(names.length);
    expect(screen.getByRole('region', { name: '企業の比較表' })).toContainElement(table);
    // Fits: no sideways-scroll hint.
    expect(screen.queryByTestId('compare-scroll-hint')).toBeNull();
  });

  it('says in words when the comparison scrolls sideways, and names each "See why" link by its company', async () => {
    const others = ['b', 'c', 'd'].map((slug) => ({
      ...company,
      slug,
      nameJa: `株式会社${slug}`,
      nameEn: `${slug} Inc.`,
    }));
    const comparison: CompanyComparison = {
      type: null,
      language: 'ja',
      criteria: CRITERIA.map((c) => ({ id: c.id, key: c.key, name: c.name })),
      companies: [company, ...others].map((c, i) => ({
        company: c,
        publication: { ...summary, publicationId: `pub-${i}`, version: 1, publishedAt: '2026-11-20T00:00:00.000Z' },
        scores: { [CRITERIA[0].id]: 2 },
      })),
    };
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'Please sign in.'),
      'GET /api/public/compare': json(200, comparison),
    });
    // A phone: the table is wider than its box (jsdom lays nothing out, so the sizes are given).
    const observed: Element[] = [];
    const originalObserver = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      observe(element: Element) {
        observed.push(element);
      }
      unobserve() {
        return undefined;
      }
      disconnect() {
        return undefined;
      }
    } as unknown as typeof ResizeObserver;
    const scrollWidth = jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(640);
    const clientWidth = jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(358);
    try {
      renderApp(api, '/companies/compare?slugs=sample,b,c,d', 'en');
      const hint = await screen.findByTestId('compare-scroll-hint');
      expect(hint).toHaveTextContent('The table scrolls sideways (4 companies); the criterion column stays in place.');
      const region = screen.getByRole('region', { name: 'Comparison table' });
      expect(region).toHaveAccessibleDescription(/The table scrolls sideways/);
      expect(region).toHaveAttribute('tabindex', '0');
      expect(observed).toContain(region);
      expect(screen.getByRole('link', { name: /^See why\s+\(b Inc.\)$/ })).toHaveAttribute(
        'href',
        '/companies/b/publications/pub-1',
      );
    } finally {
      scrollWidth.mockRestore();
      clientWidth.mockRestore();
      globalThis.ResizeObserver = originalObserver;
    }
  });

  it("shows an investor why a publication scored so: what the score means, JPX400's floor check with its caveat, the sentence roles", async () => {
    const cgScore = scoreDisclosure(TEXT, { documentType: 'cg_report' });
    expect(cgScore.class).not.toBeNull();
    const cg: PublicPublication = { ...publication, class: cgScore.class, score: cgScore };
    const api = createMockApi({
      'GET /api/auth/me': json(
        200,
        aUser('owner', { accountType: 'investor', memberships: [], lastOrganizationId: null }),
      ),
      'GET /api/public/companies/sample/publications/pub-2': json(200, cg),
    });
    const user = userEvent.setup();
    renderApp(api, '/companies/sample/publications/pub-2');

    const why = await screen.findByRole('region', { name: 'この評価の理由' });
    const [, lo, hi] = /95%区間 (\d+)%〜(\d+)%/.exec(cgScore.calibration.meaning.ja) ?? [];
    expect(within(why).getByTestId('disclosure-calibration')).toHaveTextContent(
      cgScore.calibration.n > 0 ? `95%区間 ${lo}%〜${hi}%` : 'まだ人が評価していません',
    );
    // Said once on the page: the score label leaves the explanation to this section.
    expect(screen.getAllByTestId('grade-meaning')).toHaveLength(1);
    expect(
      within(why).getByRole('heading', { name: 'JPX400分析の最低限チェック（品質評価ではありません）' }),
    ).toBeInTheDocument();
    expect(within(why).getByTestId('floor-check-note')).toHaveTextContent('出願件数の列挙でも〇になります');
    const roles = screen.getByRole('region', { name: '役割を付けた本文' });
    expect(
      within(roles)
        .getAllByTestId('role-sentence')
        .map((el) => el.dataset['role']),
    ).toEqual(cgScore.sentences.map((x) => x.role));
    const link = within(why).getByRole('link', { name: '各文の役割を見る（この下の「文の役割」）' });
    const scrolled = jest.fn();
    const heading = screen.getByRole('heading', { level: 2, name: '文の役割' });
    heading.scrollIntoView = scrolled;
    await user.click(link);
    expect(scrolled).toHaveBeenCalled();
  });

  it('warns investors beside a published score when the text is one the judgement reads less reliably', async () => {
    // Our own passage about an invented noodle chain, told without any word of technology or rights.
    const plain =
      '当社の「すずめ亭」は駅前に集中して出店し、セントラルキッチンで仕込みを一括することで、低価格でもおいしい料理を提供しています。';
    const plainScore = scoreDisclosure(plain);
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください。'),
      'GET /api/public/companies/sample/publications/pub-2': json(200, {
        ...publication,
        text: plain,
        score: plainScore,
        overall: plainScore.overall,
        grade: plainScore.grade,
      }),
    });
    renderApp(api, '/companies/sample/publications/pub-2');
    const caution = await screen.findByTestId('plain-text-caution');
    expect(caution).toHaveTextContent('この種の文章では判定の信頼性が下がります。');
    expect(caution).toHaveAttribute('role', 'note');
  });

  it('says nothing of a floor check for a publication that is no CG-report entry', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください。'),
      'GET /api/public/companies/sample/publications/pub-2': json(200, { ...publication, class: null }),
    });
    renderApp(api, '/companies/sample/publications/pub-2');
    expect(await screen.findByTestId('publication-why')).toBeInTheDocument();
    expect(screen.queryByTestId('disclosure-floor-check')).toBeNull();
    expect(screen.getByTestId('disclosure-calibration')).toBeInTheDocument();
    expect(screen.queryByTestId('plain-text-caution')).toBeNull();
  });

  describe('a criterion the text gave nothing to judge (no claims: L7 substitution)', () => {
    const EMPTY = '当社は知的財産を大切にしています。';
    const emptyScore = scoreDisclosure(EMPTY);
    const l7 = emptyScore.criteria.find((c) => c.id === 'L7');
    const emptyPage: PublicCompanyPage = {
      ...page,
      disclosures: [
        {
          ...page.disclosures[0],
          overall: emptyScore.overall,
          grade: emptyScore.grade,
          criteria: emptyScore.criteria.map((c) => ({
            id: c.id,
            key: c.key,
            name: c.name,
            score: c.score,
            ...(c.notApplicable ? { notApplicable: c.notApplicable } : {}),
          })),
        },
      ],
    };

    it('is scored so by the scorer (the premise of these tests)', () => {
      expect(l7).toMatchObject({ score: 0, notApplicable: true });
    });

    it.each([
      ['ja', '判断対象なし', '0〜3の段階を付けていません'],
      ['en', 'Nothing to judge', 'given no level from 0 to 3'],
    ] as const)(
      'shows — and what it means on the company page (%s), with no level and no meter',
      async (locale, words, note) => {
        const api = createMockApi({
          'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください。'),
          'GET /api/public/companies/sample': json(200, emptyPage),
        });
        renderApp(api, '/companies/sample', locale);
        const item = await screen.findByTestId(`public-criterion-${l7?.key}`);
        expect(item).toHaveTextContent(`— ${words}`);
        expect(item).not.toHaveTextContent('/ 3');
        expect(item.querySelector('meter')).toBeNull();
        // The dash is for the eye; the words are what a screen reader reads.
        expect(within(item).getByText('—')).toHaveAttribute('aria-hidden', 'true');
        expect(within(item).getByTestId('criterion-not-applicable')).toHaveTextContent(words);
        expect(screen.getByTestId('public-disclosure')).toHaveTextContent(note);
        // Every other criterion keeps its level and meter.
        const others = screen
          .getAllByRole('listitem')
          .filter((li) => li.dataset['testid']?.startsWith('public-criterion-') && li !== item);
        expect(others).toHaveLength(CRITERIA.length - 1);
        for (const other of others) expect(other.querySelector('meter')).not.toBeNull();
      },
    );

    it('renders a publication snapshot from before the field as before (a level and a meter)', async () => {
      const old: PublicCompanyPage = {
        ...emptyPage,
        disclosures: [
          {
            ...emptyPage.disclosures[0],
            criteria: emptyPage.disclosures[0].criteria.map(({ notApplicable: _dropped, ...c }) => c),
          },
        ],
      };
      const api = createMockApi({
        'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください。'),
        'GET /api/public/companies/sample': json(200, old),
      });
      renderApp(api, '/companies/sample');
      const item = await screen.findByTestId(`public-criterion-${l7?.key}`);
      expect(item).toHaveTextContent('0 / 3');
      expect(item.querySelector('meter')).not.toBeNull();
    });

    it('shows — and what it means on the publication page, from the frozen score', async () => {
      const api = createMockApi({
        'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください。'),
        'GET /api/public/companies/sample/publications/pub-2': json(200, {
          ...publication,
          text: EMPTY,
          overall: emptyScore.overall,
          grade: emptyScore.grade,
          score: emptyScore,
        }),
      });
      renderApp(api, '/companies/sample/publications/pub-2');
      const item = await screen.findByTestId(`public-criterion-${l7?.key}`);
      expect(within(item).getByTestId('criterion-not-applicable')).toHaveTextContent('判断対象なし');
      expect(item.querySelector('meter')).toBeNull();
      expect(item).not.toHaveTextContent('/ 3');
    });

    it.each([
      ['ja', '判断対象なし'],
      ['en', 'Nothing to judge'],
    ] as const)('shows — and what it means in the comparison (%s), not 0 / 3', async (locale, words) => {
      const other: PublicCompany = { ...company, slug: 'other', nameJa: '株式会社アザー', nameEn: 'Other Inc.' };
      const comparison: CompanyComparison = {
        type: null,
        language: 'ja',
        criteria: CRITERIA.map((c) => ({ id: c.id, key: c.key, name: c.name })),
        companies: [
          {
            company,
            publication: { ...summary, publicationId: 'pub-2', version: 5, publishedAt: '2026-11-20T00:00:00.000Z' },
            scores: Object.fromEntries(emptyScore.criteria.map((c) => [c.id, c.score])),
            notApplicable: ['L7'],
          },
          {
            company: other,
            publication: { ...summary, publicationId: 'pub-9', version: 1, publishedAt: '2026-11-20T00:00:00.000Z' },
            scores: { L7: 0 },
            notApplicable: [],
          },
        ],
      };
      const api = createMockApi({
        'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください。'),
        'GET /api/public/compare': json(200, comparison),
      });
      renderApp(api, '/companies/compare?slugs=sample,other', locale);
      const table = await screen.findByTestId('compare-table');
      const row = within(table).getByRole('rowheader', { name: l7?.name[locale] }).closest('tr') as HTMLElement;
      const [mine, theirs] = within(row).getAllByRole('cell');
      expect(within(mine).getByTestId('criterion-not-applicable')).toHaveTextContent(words);
      expect(within(mine).getByText('—')).toHaveAttribute('aria-hidden', 'true');
      expect(mine).not.toHaveTextContent('/ 3');
      // A real 0 stays a 0.
      expect(theirs).toHaveTextContent('0 / 3');
      expect(screen.getByTestId('not-applicable-note')).toBeInTheDocument();
    });
  });

  it("puts JPX400's floor check with its caveat and a link to why each company scored so in the comparison", async () => {
    const other: PublicCompany = { ...company, slug: 'other', nameJa: '株式会社アザー', nameEn: null };
    const comparison: CompanyComparison = {
      type: null,
      language: 'ja',
      criteria: CRITERIA.map((c) => ({ id: c.id, key: c.key, name: c.name })),
      companies: [
        {
          company,
          publication: {
            ...summary,
            class: '〇',
            publicationId: 'pub-2',
            version: 5,
            publishedAt: '2026-11-20T00:00:00.000Z',
          },
          scores: { [CRITERIA[0].id]: 3 },
        },
        { company: other, publication: null, scores: {} },
      ],
    };
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください。'),
      'GET /api/public/compare': json(200, comparison),
    });
    renderApp(api, '/companies/compare?slugs=sample,other');

    const table = await screen.findByTestId('compare-table');
    const floor = within(table).getByRole('rowheader', { name: 'JPX400最低限チェック' }).closest('tr');
    expect(floor).toHaveTextContent('〇');
    expect(floor).toHaveTextContent('該当なし');
    expect(screen.getByTestId('floor-check-note')).toHaveTextContent('出願件数の列挙でも〇になります');
    expect(within(table).getByRole('link', { name: /^理由を見る\s?（株式会社サンプル）$/ })).toHaveAttribute(
      'href',
      '/companies/sample/publications/pub-2',
    );
  });
});
