import { getQuestion } from '@ipgn/assessment';
import type { LocalizedText } from '@ipgn/assessment';
import { DRAFT_TEMPLATES, DRAFT_TYPES } from '../index';
import type { SlotSpec } from '../index';
import { BLOCK_SLOTS } from '../lib/templates/block-slots.template';
import { BLOCK_PHRASES } from '../lib/templates/blocks.template';
import * as COMMON from '../lib/templates/common.template';
import { RENDER_TEXT } from '../lib/templates/render.template';

const FACT_KEYS = [
  'segments',
  'intangibles',
  'valueChains',
  'kpis',
  'allocations',
  'midTermPlan',
  'vision',
  'portfolio',
  'materialIssues',
  'governance.ipOwner',
  'governance.committee',
  'governance.boardTopics',
  'benchmarks',
  'dialogueEvents',
  'risks',
  'openClose',
  'organization.legalNameEn',
  'sme.customers',
  'sme.contact',
  'sme.ownerTitle',
  'sme.products',
  'sme.employees',
  'sme.revenueManYen',
  'sme.nextSteps',
  'plans',
  'disclosureUrl',
];

function placeholders(s: string): string[] {
  return [...new Set([...s.matchAll(/\{([a-zA-Z0-9]+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

function checkText(where: string, t: LocalizedText): void {
  expect({ where, ja: t.ja.trim().length > 0, en: t.en.trim().length > 0 }).toEqual({ where, ja: true, en: true });
  expect({ where, en: placeholders(t.en) }).toEqual({ where, en: placeholders(t.ja) });
  // The Japanese side is Japanese and the English side is not.
  expect({ where, jaHasJapanese: /[\u3040-\u30ff\u4e00-\u9fff]/.test(t.ja) || placeholders(t.ja).length > 0 }).toEqual({
    where,
    jaHasJapanese: true,
  });
  expect({ where, enHasKana: /[\u3040-\u30ff]/.test(t.en) }).toEqual({ where, enHasKana: false });
}

function checkSlot(where: string, s: SlotSpec): void {
  checkText(`${where}.label`, s.label);
  expect({ where, hasTarget: !!(s.questionId || s.factKey) }).toEqual({ where, hasTarget: true });
  if (s.questionId) expect({ where, exists: getQuestion(s.questionId) !== undefined }).toEqual({ where, exists: true });
  if (s.factKey) expect(FACT_KEYS).toContain(s.factKey);
}

describe('draft templates (content schema)', () => {
  it('has a template for every draft type', () => {
    expect(Object.keys(DRAFT_TEMPLATES).sort()).toEqual([...DRAFT_TYPES].sort());
  });

  for (const [type, tpl] of Object.entries(DRAFT_TEMPLATES)) {
    it(`${type}: both languages everywhere, same placeholders, slots labelled and pointing at real questions`, () => {
      if (!tpl) throw new Error(type);
      expect(tpl.type).toBe(type);
      expect(tpl.version).toMatch(/^\d{4}\.\d{2}-\d+$/);
      checkText(`${type}.title`, tpl.title);
      expect(Object.keys(tpl.sections).length).toBeGreaterThan(0);
      for (const [id, h] of Object.entries(tpl.sections)) checkText(`${type}.sections.${id}`, h);
      for (const [id, ph] of Object.entries(tpl.phrases)) checkText(`${type}.phrases.${id}`, ph);
      for (const [id, s] of Object.entries(tpl.slots)) checkSlot(`${type}.slots.${id}`, s);
    });
  }

  it('shared blocks: both languages, same placeholders, valid slots', () => {
    for (const [id, ph] of Object.entries(BLOCK_PHRASES)) checkText(`blocks.${id}`, ph);
    for (const [id, s] of Object.entries(BLOCK_SLOTS)) checkSlot(`blocks.slots.${id}`, s);
    expect(Object.keys(BLOCK_SLOTS).length).toBeGreaterThan(10);
  });

  it('shared vocabulary and render wording have both languages', () => {
    const records = [
      COMMON.UNIT_FORMATS,
      COMMON.INTANGIBLE_KIND_LABELS,
      COMMON.ASSET_TYPE_OPTION_LABELS,
      COMMON.PORTFOLIO_ROLE_LABELS,
      COMMON.FREQUENCY_LABELS,
      COMMON.DIALOGUE_KIND_LABELS,
      COMMON.STANCE_LABELS,
      COMMON.ALLOCATION_AREA_LABELS,
      COMMON.KPI_KIND_LABELS,
    ];
    for (const r of records)
      for (const [k, v] of Object.entries(r as Record<string, LocalizedText>)) checkText(`common.${k}`, v);
    for (const [k, v] of Object.entries(RENDER_TEXT)) checkText(`render.${k}`, v);
  });

  it('labels the options of m1.asset-types that exist in the bank', () => {
    const q = getQuestion('m1.asset-types');
    if (!q || q.type !== 'multiple') throw new Error('m1.asset-types missing');
    for (const id of Object.keys(COMMON.ASSET_TYPE_OPTION_LABELS)) expect(q.options.map((o) => o.id)).toContain(id);
  });
});
