import type { AnswerValue, MaturityLevel, ModuleId } from '@ipgn/assessment';
import type { OrganizationRole, WorkshopDepartment } from '@ipgn/contracts';

/*
 * DEMO DATA. デモ電機株式会社 (and デモ精機株式会社, the second company an investor can compare it with) is a fictional company; every name, figure and text below is made up for the demo that
 * `npm start` seeds (the company facts are libs/drafting's DEMO_COMPANY_FACTS, fictional too). Any resemblance to
 * a real company is accidental. Texts say 「デモ用の架空の数値」 where a reader could take a figure for a real one.
 */

export type DemoRole = OrganizationRole | 'investor';

export interface DemoPersona {
  key: 'owner' | 'contributor' | 'reviewer' | 'investor' | 'advisor';
  email: string;
  displayName: string;
  /** The role in the demo organization; the investor belongs to none, the advisor joins by invitation. */
  role: DemoRole;
}

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  { key: 'owner', email: 'owner@demo.ipgn.example', displayName: 'デモ 知財部長', role: 'owner' },
  { key: 'contributor', email: 'ip@demo.ipgn.example', displayName: 'デモ 知財部員', role: 'contributor' },
  { key: 'reviewer', email: 'board@demo.ipgn.example', displayName: 'デモ 取締役', role: 'reviewer' },
  { key: 'investor', email: 'investor@demo.ipgn.example', displayName: 'Demo Investor', role: 'investor' },
  { key: 'advisor', email: 'advisor@demo.ipgn.example', displayName: 'デモ 知財コンサルタント', role: 'advisor' },
];

export const DEMO_ORGANIZATION = {
  slug: 'demo-corporation',
  legalNameJa: 'デモ電機株式会社',
  legalNameEn: 'Demo Denki Co., Ltd. (fictional)',
  listingStatus: 'prime',
  companySize: 'large',
  industry: '3650',
  fiscalYearEndMonth: 3,
  employeeCount: 8_400,
} as const;

/**
 * How mature each module of the listed-track self-assessment is: a patent-strong manufacturer (inventory, employee
 * inventions, leakage control) whose board, investor dialogue and capital-cost thinking lag behind. Each module's
 * answers are the question bank's own sample answers at that level, so they stay valid when the bank changes.
 */
export const DEMO_MODULE_LEVELS: Readonly<Partial<Record<ModuleId, MaturityLevel>>> = {
  m0: 3,
  m1: 4,
  m2: 3,
  m3: 2,
  m4: 2,
  m5: 2,
  m6: 1,
  m7: 2,
  m8: 1,
  m9: 1,
  m11: 3,
  m12: 3,
  m13: 4,
  m14: 4,
  m15: 1,
  m16: 0,
};

/** Answers written out where a sample value would read as filler: figures (百万円) and free text. */
export const DEMO_ANSWER_OVERRIDES: Readonly<Record<string, AnswerValue>> = {
  'm0.revenue': 286_000,
  'm0.operating-margin': 7.8,
  'm0.rd-expense': 17_100,
  'm0.book-equity': 171_000,
  'm0.employees': 8_400,
  'm0.segment-count': 4,
  'm0.market-cap': 198_000,
  'm0.recognised-intangibles': 9_600,
  'm0.goodwill': 4_200,
  'm5.ip-cost': 2_300,
  'm5.brand-data-investment': 3_100,
  'm5.acquisition-licensing-in': 400,
  'm5.new-business-rd-share': 12,
  'm1.top-three':
    '（デモ用の架空の回答）SiC結晶加工のプロセスノウハウ、レーダー信号処理の特許群、導入先設備から集まる稼働データ',
  'm2.competitor-notes':
    '（デモ用の架空の回答）SiC関連特許の被引用数は主要競合3社の平均を上回るが、データ事業では後発。',
  'm3.to-be-description':
    '（デモ用の架空の回答）2030年に車載センサと保守・データサービスを成長事業にする。知財の役割はまだ経営会議で議論していない。',
  'm4.value-story':
    '（デモ用の架空の回答）SiCのノウハウが低損失モジュールの歩留まりを支え、売上総利益率を押し上げている。他事業は整理中。',
  'm8.question-log': '（デモ用の架空の回答）投資家からの知財に関する質問は記録していない。',
  'm7.cg-report-link': 'https://example.com/demo-denki/ir/cg-report-2026.pdf',
  'm7.integrated-report-link': 'https://example.com/demo-denki/ir/integrated-report-2026.pdf',
};

/** The draft the team takes through review and publication: the CG report (3-1③ and 4-2②), in Japanese. */
export const DEMO_PUBLISHED_DRAFT = { type: 'cg-report', language: 'ja' } as const;
/** A second draft the team has started: the integrated report's IP section. */
export const DEMO_UNPUBLISHED_DRAFT = { type: 'integrated-report', language: 'ja' } as const;
/** Appended to the published title, so that no reader takes the demo disclosure for a real company's. */
export const DEMO_PUBLICATION_TITLE_MARK = '（デモ・架空の企業）';

export const DEMO_INVESTOR_QUESTION =
  'SiCパワーモジュールの売上総利益率34%のうち、プロセスノウハウによる寄与をどのように把握していますか。次期中期経営計画での開示予定も教えてください。';

export const DEMO_COMPANY_ANSWER =
  'ご質問ありがとうございます。歩留まり改善による原価低減分を社内で試算し、知財・無形資産戦略委員会で四半期ごとに確認しています。寄与の測り方は、次回の統合報告書でセグメント別に開示する予定です。（デモ用の架空の回答です）';

/** A disclosure the IP team scored before drafting with the product: short, general, few figures. */
export const DEMO_SCORED_DISCLOSURE = {
  title: '【デモ・架空の企業】CG報告書 補充原則3-1③（前年度版）',
  documentType: 'cg_report',
  language: 'ja',
  text: [
    '当社は、パワー半導体、車載センサ、産業モーターの各事業で培った技術を知的財産として保護し、企業価値の向上に努めています。',
    '研究開発部門と知的財産部門が連携して特許出願を進めており、2025年度の特許出願件数は410件でした。',
    '知的財産への投資については、事業戦略との整合を図りながら、今後の開示の充実を検討してまいります。',
    '（本文はデモ用の架空の開示です）',
  ].join(''),
} as const;

/** The advisor's workshop: management, the IP department and R&D answer the communication questions (module m9). */
export const DEMO_WORKSHOP = {
  title: '【デモ】経営と知財部門の認識ギャップ診断',
  modules: ['m9'] as ModuleId[],
  departments: ['executive', 'ip', 'rnd'] as WorkshopDepartment[],
  anonymity: 'anonymous',
  /** Three people per department (the anonymity floor): executives see IP as well understood, the IP team does not. */
  levels: {
    executive: [4, 3, 4],
    ip: [1, 1, 2],
    rnd: [2, 3, 2],
  } as Record<WorkshopDepartment, MaturityLevel[]>,
  /** Per question (in the workshop's order), how far each department's answers move from those levels. */
  shifts: {
    executive: [0, -1, 0, -2, -1],
    ip: [0, 2, 1, 1, 0],
    rnd: [1, 0, -1, 1, 0],
  } as Record<WorkshopDepartment, number[]>,
} as const;

/**
 * A second fictional listed company with one published CG-report entry, so that an investor trying 「比較」 in the
 * demo has two companies to compare. Its two staff accounts exist only as the authors of that work: their passwords
 * are random and never printed (nobody signs in as them). Its text is written, not generated, and is the common
 * kind the guideline's authors worry about: counts, a ranking, training, an award and "appropriately supervises"
 * standing in for a strategy. JPX400's floor check passes it (〇) while the judgement scores it low, so 「比較」
 * shows the difference between the two and why.
 */
export const DEMO_SECOND_ORGANIZATION = {
  slug: 'demo-seiki',
  legalNameJa: 'デモ精機株式会社',
  legalNameEn: 'Demo Seiki Co., Ltd. (fictional)',
  listingStatus: 'standard',
  companySize: 'large',
  industry: '3750',
  fiscalYearEndMonth: 12,
  employeeCount: 2_300,
} as const;

export const DEMO_SECOND_PERSONAS: readonly DemoPersona[] = [
  { key: 'owner', email: 'owner@seiki.demo.ipgn.example', displayName: 'デモ精機 経営企画部長', role: 'owner' },
  { key: 'reviewer', email: 'board@seiki.demo.ipgn.example', displayName: 'デモ精機 取締役', role: 'reviewer' },
];

/** The second company's CG-report entry, per section of the template (paragraphs separated by an empty line). */
export const DEMO_SECOND_DISCLOSURE: Readonly<Record<string, string>> = {
  'sp-3-1-3': [
    '当社は、知的財産を重要な経営資源と位置づけ、知的財産の保護と活用に努めています。（本文はデモ用の架空の開示です）',
    '検査装置事業では、画像処理技術に関する特許出願を重点的に進めています。2026年12月期末の国内外の特許保有件数は1,240件、同期の特許出願件数は186件でした。精密計測機器の分野では、業界団体の特許出願ランキングで国内3位となっています。',
    '知的財産部門は18名の体制で、全社員を対象とする知財研修を年2回開催しています。2026年には、当社の検査装置が業界団体の技術賞を受賞しました。',
    '今後も、研究開発と知的財産への投資を継続し、企業価値の向上を図ってまいります。',
  ].join('\n\n'),
  'sp-4-2-2': [
    '取締役会は、知的財産への投資について、適切に監督しています。',
    '知的財産に関する重要事項は、必要に応じて取締役会に報告されています。',
  ].join('\n\n'),
};
