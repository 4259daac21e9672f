import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { DisclosureScoreEntity } from '../../src/modules/disclosures/entities/disclosure-score.entity';
import type { Client } from '../test-app';
import { useTestApp, type Suite } from './use-test-app';
import type { DisclosureRecord } from '@ipgn/disclosure-scoring';

/** Texts, files and steps shared by the disclosures integration specs. */
export const WEAK_JA = '当社は知的財産を重要な経営資源と認識し、適切に保護・管理してまいります。';
export const STRONG_JA = [
  '当社の電池材料事業では、正極材の焼成技術に関する特許群（国内212件・海外348件）が、車載電池向け製品の売上高1,240億円（2025年度、前年比18%増）を支えています。',
  'これらの特許により競合他社の参入を防ぎ、主要顧客3社との長期供給契約（2030年まで）を獲得したことで、同事業の営業利益率は14.2%と全社平均の2倍になっています。',
  '2030年に目指す事業ポートフォリオから逆算し、全固体電池向け材料を重点領域と定め、研究開発費の35%（2025年度168億円）を同領域に配分しています。',
  '知財投資の効果は、特許ライセンス収入（2025年度42億円、2028年度目標60億円）と、保有特許が製品売上に占める寄与率で毎年測定し、取締役会に年2回報告しています。',
  'CTOを委員長とする知財戦略委員会が四半期ごとに開催され、出願・放棄の判断と重点領域の見直しを行っています。',
].join('');
export const STRONG_EN = [
  'In our battery materials segment, 348 patents on cathode calcination protect automotive products that generated sales of JPY 124 billion in FY2025, up 18% year on year.',
  "Because these patents block competing entrants, we secured long-term supply contracts to 2030 with three major customers, and the segment's operating margin reached 14.2%, twice the company average.",
  'Working back from our 2030 portfolio, we allocate 35% of R&D spending (JPY 16.8 billion in FY2025) to solid-state battery materials.',
  'The IP committee, chaired by the CTO, meets quarterly and reports to the board twice a year on licensing income (JPY 4.2 billion in FY2025, target JPY 6 billion by FY2028).',
].join(' ');

export async function docxOf(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      { children: paragraphs.map((p) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(p)] })) },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A multipart upload to the disclosures of `organizationId` (English answers). */
export async function upload(
  client: Client,
  organizationId: string,
  file: { data: Buffer; name: string } | null,
  fields: Record<string, string>,
) {
  const csrf = await client.refreshCsrf();
  let req = client.agent
    .post(`/api/orgs/${organizationId}/disclosures/upload`)
    .set('x-csrf-token', csrf)
    .set('accept-language', 'en');
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  if (file) req = req.attach('file', file.data, file.name);
  return req;
}

export interface DisclosureSuite {
  readonly s: Suite;
  /** The owner of the suite's organization and its id (read inside tests; made in `beforeAll`). */
  readonly owner: Client;
  readonly orgId: string;
  /** `/api/orgs/:orgId/disclosures` of the suite's organization. */
  base(): string;
  /** Saved disclosure scores of an organization (the suite's by default), counted in the database. */
  countRows(organizationId?: string): Promise<number>;
  /** Scores pasted text as the owner (a CG-report entry unless `extra` says otherwise) and expects 201. */
  paste(text: string, extra?: Record<string, unknown>): Promise<DisclosureRecord>;
}

/** The app and one organization, 開示評価テスト株式会社, whose owner scores the disclosures. */
export function useDisclosureSuite(): DisclosureSuite {
  const s = useTestApp();
  let org: { owner: Client; orgId: string } | undefined;
  beforeAll(async () => {
    org = await s.ctx.newOrganization('開示評価テスト株式会社');
  });
  const made = () => {
    if (!org) throw new Error('useDisclosureSuite: the organization is made in beforeAll; read it inside a test');
    return org;
  };
  const suite: DisclosureSuite = {
    s,
    get owner() {
      return made().owner;
    },
    get orgId() {
      return made().orgId;
    },
    base: () => `/api/orgs/${made().orgId}/disclosures`,
    countRows: (organizationId = made().orgId) =>
      s.t.db.getRepository(DisclosureScoreEntity).countBy({ organizationId }),
    paste: async (text, extra = {}) => {
      const res = await made().owner.post(suite.base(), {
        title: 'CG報告書 補充原則3-1③',
        documentType: 'cg_report',
        text,
        ...extra,
      });
      expect(res.status).toBe(201);
      return res.body as DisclosureRecord;
    },
  };
  return suite;
}
