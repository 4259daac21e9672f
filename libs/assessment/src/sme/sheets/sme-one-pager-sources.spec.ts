import { smeOnePagerSources } from './sme-one-pager-sources';

describe('smeOnePagerSources', () => {
  const profile = { listingStatus: 'unlisted', companySize: 'sme' } as const;

  it('gives the owner’s words, up to three key assets, protections in place and the three next steps', () => {
    const s = smeOnePagerSources(
      {
        'sme-strengths.why-customers': '  短い納期  ',
        'sme-strengths.kinds': ['relationships', 'skill', 'names', 'drawings'],
        'sme-brand.trademark': 'all-main',
        'sme-deals.nda-first': 4,
      },
      profile,
    );
    expect(s.whyCustomersChoose).toEqual({ text: '短い納期', questionId: 'sme-strengths.why-customers' });
    expect(s.keyAssets.map((a) => a.label.ja)).toEqual([
      '職人の技や加工のこつ',
      '図面や設計のデータ',
      '会社や商品の名前、評判',
    ]);
    expect(s.protections.map((p) => p.questionId)).toEqual(['sme-deals.nda-first', 'sme-brand.trademark']);
    expect(s.nextSteps).toHaveLength(3);
  });

  it('is empty but well-formed before anything is answered', () => {
    const s = smeOnePagerSources({}, profile);
    expect(s).toMatchObject({ whyCustomersChoose: null, keyAssets: [], protections: [] });
    expect(s.nextSteps).toHaveLength(3);
  });
});
