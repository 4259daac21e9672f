import { anOrganization, ORG_ID } from '../../../testing/fixtures';
import { describeCheckedCalls } from '../../../testing/checked-calls';
import { organizationApi } from './organization-api';

const created = anOrganization();
const full = anOrganization({
  legalNameEn: 'Sample Co., Ltd.',
  industry: '3650',
  securitiesCode: '130A',
  prefecture: '13',
  employeeCount: 120,
  sellsAbroad: true,
});

describe('organization API answers, checked by their schema', () => {
  describeCheckedCalls([
    {
      name: 'get',
      route: `GET /api/orgs/${ORG_ID}`,
      call: (client) => organizationApi.get(client, ORG_ID),
      answer: full,
      drifted: { ...full, industry: 'Electric Appliances' },
      driftPath: 'industry',
    },
    {
      name: 'update',
      route: `PATCH /api/orgs/${ORG_ID}`,
      call: (client) => organizationApi.update(client, ORG_ID, { employeeCount: 120 }),
      answer: full,
      drifted: { ...full, employeeCount: '120' },
      driftPath: 'employeeCount',
    },
    {
      name: 'create',
      route: 'POST /api/organizations',
      status: 201,
      call: (client) => organizationApi.create(client, { legalNameJa: created.legalNameJa }),
      answer: created,
      drifted: { ...created, listingStatus: 'listed' },
      driftPath: 'listingStatus',
    },
  ]);
});
