import { companyFactsIssues, companyFactsSchemas, DEMO_COMPANY_FACTS, FACT_LIMITS } from '../index';
import { MATRIX_COMPANIES, matrixInput } from '../testing/company-matrix';

describe('company facts schema (one zod schema for API and form)', () => {
  it('accepts the demo facts and every test company', () => {
    expect(companyFactsIssues(DEMO_COMPANY_FACTS)).toEqual([]);
    for (const c of MATRIX_COMPANIES)
      expect({ c, issues: companyFactsIssues(matrixInput(c).facts ?? {}) }).toEqual({ c, issues: [] });
    expect(companyFactsSchemas().companyFacts.safeParse({}).success).toBe(true);
  });

  it('takes SME facts in Japanese alone, English optional, amounts in 万円 and a whole head-count', () => {
    expect(
      companyFactsIssues({
        sme: {
          products: { ja: '精密加工' },
          revenueManYen: 48_000,
          employees: 48,
          contact: { ja: '総務 鈴木', en: 'Mr Suzuki' },
        },
      }),
    ).toEqual([]);
    const issues = companyFactsIssues({
      sme: { products: { en: 'only English' }, revenueManYen: -1, employees: 4.5, customers: { ja: '  ' } },
    } as never);
    expect(issues.map((i) => [i.field, i.code])).toEqual(
      expect.arrayContaining([
        ['facts.sme.products.ja', 'isDefined'],
        ['facts.sme.revenueManYen', 'min'],
        ['facts.sme.employees', 'isInt'],
        ['facts.sme.customers.ja', 'isNotEmpty'],
      ]),
    );
  });

  it('names each problem by its path with the code and the limit broken', () => {
    const issues = companyFactsIssues({
      kpis: [
        {
          id: 'a b',
          name: { ja: ' ', en: 'x'.repeat(FACT_LIMITS.text + 1) },
          kind: 'x',
          unit: 'count',
          target: { value: 'a', fiscalYear: 1.5 },
        },
      ],
      allocations: [
        { id: 'a', area: 'rd', amount: -1, fromFiscalYear: 2026, toFiscalYear: 2028, purpose: { ja: 'あ', en: 'a' } },
      ],
      disclosureUrl: 'javascript:alert(1)',
      extra: true,
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'facts.kpis.0.id', code: 'matches' },
        { field: 'facts.kpis.0.name.ja', code: 'isNotEmpty' },
        { field: 'facts.kpis.0.name.en', code: 'maxLength', limit: 1000 },
        { field: 'facts.kpis.0.kind', code: 'isIn' },
        { field: 'facts.kpis.0.target.value', code: 'isNumber' },
        { field: 'facts.kpis.0.target.fiscalYear', code: 'isInt' },
        { field: 'facts.allocations.0.amount', code: 'min', limit: 0 },
        { field: 'facts.disclosureUrl', code: 'isUrl' },
        { field: 'facts.extra', code: 'whitelistValidation' },
      ]),
    );
  });

  it('reports a missing required field, a wrong shape and an over-long list', () => {
    expect(companyFactsIssues({ segments: [{ id: 's' }] })).toEqual([
      { field: 'facts.segments.0.name', code: 'isDefined' },
    ]);
    expect(companyFactsIssues([])).toEqual([{ field: 'facts', code: 'isObject' }]);
    expect(companyFactsIssues({ risks: Array.from({ length: 51 }, () => ({})) })).toEqual([
      { field: 'facts.risks', code: 'arrayMaxSize', limit: 50 },
    ]);
  });

  it('reports at most 20 problems however wrong the document', () => {
    expect(companyFactsIssues({ segments: Array.from({ length: 40 }, () => ({ id: '!' })) })).toHaveLength(20);
  });
});
