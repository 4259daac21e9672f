import { judgeDisclosure, type DisclosureRecord } from '@ipgn/disclosure-scoring';
import { ORG_ID } from '../../../testing/fixtures';
import { describeCheckedCalls } from '../../../testing/checked-calls';
import { disclosureRecordOf, storedBeforeV24 } from '../../../testing/judgement-fixtures';
import { disclosuresApi } from './disclosures-api';

// Our own passage: strategy vocabulary about nothing named (issue 18), so the judgement marks sentences and a chain.
const TEXT =
  '長年磨いてきた独自の技術力とブランド力を掛け合わせ、他社が容易に模倣できない参入障壁を築くことで、揺るぎない競争優位を確立します。\n' +
  '成長領域への投資を重点的に配分し、2030年度にROIC10%の達成を目指します。';
const result = judgeDisclosure(TEXT);

function recordOf(score: unknown): DisclosureRecord {
  return disclosureRecordOf(TEXT, result, {
    title: '統合報告書 2026',
    documentType: 'integrated_report',
    result: score as DisclosureRecord['result'],
  });
}

const current = recordOf(result);
// As a scorer before v2.4 stored it: no `unanchored` anywhere (the page shows no mark, the schema accepts it).
const older = recordOf(storedBeforeV24(result));
const marked = result.sentences.findIndex((s) => s.unanchored);

describe('disclosure record answer: the words-only marks the page reads are checked', () => {
  it('has a marked sentence and a chain with words-only kinds to check', () => {
    expect(marked).toBeGreaterThanOrEqual(0);
    expect(result.chains[0]?.unanchored.length).toBeGreaterThan(0);
  });

  describeCheckedCalls([
    {
      name: 'get (v2.4 result, a sentence mark of another type)',
      route: `GET /api/orgs/${ORG_ID}/disclosures/d-1`,
      call: (client) => disclosuresApi.get(client, ORG_ID, 'd-1'),
      answer: current,
      drifted: recordOf({
        ...result,
        sentences: result.sentences.map((s, i) => (i === marked ? { ...s, unanchored: 'yes' } : s)),
      }),
      driftPath: `result.sentences[${marked}].unanchored`,
    },
    {
      name: 'get (result saved before v2.4, a chain’s kinds of another type)',
      route: `GET /api/orgs/${ORG_ID}/disclosures/d-1`,
      call: (client) => disclosuresApi.get(client, ORG_ID, 'd-1'),
      answer: older,
      drifted: recordOf({
        ...result,
        chains: result.chains.map((c, i) => (i === 0 ? { ...c, unanchored: 'mechanism' } : c)),
      }),
      driftPath: 'result.chains[0].unanchored',
    },
  ]);
});
