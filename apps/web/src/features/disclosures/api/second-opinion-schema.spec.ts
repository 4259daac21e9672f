import { parseSecondOpinion } from '@ipgn/disclosure-scoring';
import { ORG_ID } from '../../../testing/fixtures';
import { describeCheckedCalls, without } from '../../../testing/checked-calls';
import { disclosuresApi } from './disclosures-api';

// Our own passage about an invented business.
const TEXT =
  '当社は、業務用空調事業の省エネ制御技術について、基本特許をライセンス供与して業界の標準規格とし、ライセンス収入を得ています。';
// What the API sends: the library's parse of a model answer (one quote found, one invented and dropped).
const opinion = parseSecondOpinion(
  JSON.stringify({
    label: 'medium',
    features: {
      business: { present: true, quotes: ['業務用空調事業'] },
      kpi: { present: true, quotes: ['営業利益率20%'] },
    },
    reason: '事業と仕組みはつながっていますが、成果の指標がありません。',
  }),
  TEXT,
  'test-model',
);

describe('disclosure second opinion answer, checked by its schema', () => {
  describeCheckedCalls([
    {
      name: 'secondOpinion',
      route: `POST /api/orgs/${ORG_ID}/disclosures/d-1/second-opinion`,
      call: (client) => disclosuresApi.secondOpinion(client, ORG_ID, 'd-1'),
      answer: opinion,
      drifted: { ...opinion, features: [without(opinion.features[0], 'evidence')] },
      driftPath: 'features[0].evidence',
    },
  ]);
});
