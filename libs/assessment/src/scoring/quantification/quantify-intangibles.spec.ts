import { AnswerValue } from '../../bank/answer';
import { AssessmentProfile } from '../../bank/assessment-profile';
import { quantifyIntangibles } from './quantify-intangibles';

const listed: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };
const none = (): AnswerValue | undefined => undefined;
const q0 = () => quantifyIntangibles(listed, none);

describe('quantifyIntangibles', () => {
  it('computes the share from net tangible assets when intangibles and goodwill are known', () => {
    const q = quantifyIntangibles(
      {
        ...listed,
        financials: { marketCapitalization: 1000, bookEquity: 600, recognisedIntangibles: 50, goodwill: 150 },
      },
      none,
    );
    // net tangible = 600 − 50 − 150 = 400; share = (1000 − 400) / 1000
    expect(q.intangibleShare.value).toBeCloseTo(0.6);
    expect(q.intangibleShare.method).toBe('net-tangible-assets');
    expect(q.pbr.value).toBeCloseTo(1000 / 600);
    expect(q.nationalTarget.gap).toBeCloseTo(0.1);
    expect(q.nationalTarget.atOrAboveTarget).toBe(true);
    expect(q.figures.marketCapitalization).toEqual({ value: 1000, source: 'profile', questionId: 'm0.market-cap' });
  });

  it('falls back to a labelled book-equity proxy when goodwill or intangibles are unknown', () => {
    const q = quantifyIntangibles({ ...listed, financials: { marketCapitalization: 1000, bookEquity: 800 } }, none);
    expect(q.intangibleShare.value).toBeCloseTo(0.2);
    expect(q.intangibleShare.method).toBe('book-equity-proxy');
    expect(q.nationalTarget.atOrAboveTarget).toBe(false);
  });

  it('gives a PBR-0.78 company a short explanation instead of a distance to the national target', () => {
    const q = quantifyIntangibles(
      {
        ...listed,
        financials: { marketCapitalization: 780, bookEquity: 1000, recognisedIntangibles: 10, goodwill: 20 },
      },
      none,
    );
    expect(q.pbr.value).toBeCloseTo(0.78);
    expect(q.intangibleShare.value).toBeLessThan(0);
    expect(q.nationalTarget.belowBook).toBe(true);
    expect(q.nationalTarget.gap).toBeNull();
    expect(q.nationalTarget.atOrAboveTarget).toBe(false);
    expect(q.nationalTarget.note?.ja).toContain('PBRが1倍を下回って');
    expect(q.nationalTarget.note?.en).toContain('cost of capital');
    const above = quantifyIntangibles(
      { ...listed, financials: { marketCapitalization: 1200, bookEquity: 1000 } },
      none,
    );
    expect(above.nationalTarget.belowBook).toBe(false);
    expect(above.nationalTarget.note).toBeNull();
    expect(above.nationalTarget.gap).toBeCloseTo(1 - 1000 / 1200 - 0.5);
  });

  it('defines equity as attributable to owners and states the cash, cross-shareholding and 2× caveats', () => {
    expect(q0().pbr.formula.ja).toContain('親会社の株主に帰属する持分');
    expect(q0().pbr.formula.en).toContain('attributable to owners of the parent');
    expect(q0().intangibleShare.limits.ja).toContain('政策保有株式');
    expect(q0().intangibleShare.limits.en).toContain('cross-shareholdings');
    expect(q0().nationalTarget.scope.ja).toContain('2倍以上');
    expect(q0().nationalTarget.scope.en).toContain('twice aggregate net tangible assets');
  });

  it('prefers profile figures over answers, and uses answers otherwise', () => {
    const answers: Record<string, AnswerValue> = { 'm0.revenue': 1000, 'm0.rd-expense': 30 };
    const q = quantifyIntangibles({ ...listed, financials: { revenue: 2000 } }, (id) => answers[id]);
    expect(q.rdIntensity.value).toBeCloseTo(0.015);
    expect(q.figures.revenue.source).toBe('profile');
    expect(q.figures.rdExpense.source).toBe('answer');
  });

  it('returns null with a reason for missing or invalid inputs', () => {
    const missing = quantifyIntangibles(listed, none);
    expect(missing.intangibleShare).toMatchObject({
      value: null,
      missingReason: 'missing-input',
      missingInputs: ['marketCapitalization', 'bookEquity'],
    });
    expect(missing.intangibleShare.reasonText?.en).toBeTruthy();

    const zeroCap = quantifyIntangibles({ ...listed, financials: { marketCapitalization: 0, bookEquity: 10 } }, none);
    expect(zeroCap.intangibleShare.missingReason).toBe('non-positive-market-cap');
    expect(zeroCap.pbr.missingReason).toBe('non-positive-market-cap');

    const negativeEquity = quantifyIntangibles(
      { ...listed, financials: { marketCapitalization: 100, bookEquity: -10 } },
      none,
    );
    expect(negativeEquity.pbr.missingReason).toBe('non-positive-equity');
    // The share stays defined (> 100 %) and its limits text explains the edge cases.
    expect(negativeEquity.intangibleShare.value).toBeCloseTo(1.1);

    const noRevenue = quantifyIntangibles({ ...listed, financials: { revenue: 0, rdExpense: 5 } }, none);
    expect(noRevenue.rdIntensity.missingReason).toBe('non-positive-revenue');

    const unlisted = quantifyIntangibles(
      { listingStatus: 'unlisted', companySize: 'sme', financials: { bookEquity: 100 } },
      none,
    );
    expect(unlisted.intangibleShare.missingReason).toBe('not-listed');
  });

  it('ignores non-finite figures', () => {
    const q = quantifyIntangibles({ ...listed, financials: { marketCapitalization: Number.NaN, bookEquity: 5 } }, none);
    expect(q.intangibleShare.missingInputs).toEqual(['marketCapitalization']);
  });

  it('states definitions, limits and the national target scope in both languages', () => {
    const q = quantifyIntangibles(listed, none);
    for (const m of [q.intangibleShare, q.pbr, q.rdIntensity]) {
      for (const text of [m.label, m.formula, m.definition, m.limits]) {
        expect(text.ja.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
    expect(q.nationalTarget.scope.en).toContain('Nikkei 225');
    expect(q.nationalTarget.source.ja).toContain('知的財産推進計画2025');
    expect(q.nationalTarget.confidence).toBe('confirmed');
  });
});
