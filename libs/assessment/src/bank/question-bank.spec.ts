import { LOCALES, LocalizedText } from '../i18n/localized-text';
import { isKnownCgcTag } from '../taxonomy/cgc-clauses';
import { GGL_ACTION_IDS } from '../taxonomy/ggl-actions';
import { GGL_PRINCIPLE_IDS } from '../taxonomy/ggl-principles';
import { VCG_SECTION_IDS } from '../taxonomy/value-co-creation-sections';
import { MODULE_IDS } from './assessment-module';
import { AssessmentProfile } from './assessment-profile';
import { Answers, AnswerValue } from './answer';
import { Condition } from './condition';
import { conditionReferences } from './evaluate-condition';
import { Question } from './question';
import { BANK_VERSION } from './bank-version';
import { getBank, getQuestion, questionsForTrack } from './question-bank';
import { TRACKS, Track } from './track';
import { visibleQuestions } from './visible-questions';
import { validateAnswer } from './validate-answer';
import { defined } from '../testing/defined';

const bank = getBank();
if (!bank) throw new Error('current bank missing');
const questions = bank.questions;

function texts(q: Question): Array<[string, LocalizedText]> {
  const out: Array<[string, LocalizedText]> = [
    ['prompt', q.prompt],
    ['help', q.help],
  ];
  if (q.type === 'maturity') q.levels.forEach((l, i) => out.push([`level ${i}`, l]));
  if (q.type === 'single' || q.type === 'multiple') q.options.forEach((o) => out.push([`option ${o.id}`, o.label]));
  if (q.type === 'currency') out.push(['unit', q.unitLabel]);
  if (q.type === 'number' && q.unit) out.push(['unit', q.unit]);
  return out;
}

describe('question bank schema', () => {
  it('carries a version', () => {
    expect(bank.version).toBe(BANK_VERSION);
    expect(BANK_VERSION).toMatch(/^\d{4}\.\d{2}-\d+$/);
    expect(getBank('1999.01-1')).toBeUndefined();
  });

  it('has unique, well-formed question ids whose prefix is the module', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of questions) {
      expect(q.id).toMatch(/^(m\d{1,2}|sme-[a-z]+)\.[a-z0-9-]+$/);
      expect(q.id.split('.')[0]).toBe(q.module);
      expect(MODULE_IDS).toContain(q.module);
    }
  });

  it('meets the question counts per track', () => {
    expect(questionsForTrack('listed').length).toBeGreaterThanOrEqual(60);
    // The SME track is about 20 questions since 2026.12-1; rounds of 2026.11-1 keep their 38.
    expect(questionsForTrack('sme').length).toBeGreaterThanOrEqual(18);
    expect(questionsForTrack('sme').length).toBeLessThanOrEqual(24);
    expect(questionsForTrack('sme', '2026.11-1')).toHaveLength(38);
  });

  it('covers every module with at least one question', () => {
    const everVersion = [...questions, ...defined(getBank('2026.11-1')).questions];
    for (const m of MODULE_IDS) expect(everVersion.some((q) => q.module === m)).toBe(true);
  });

  it('has every text in both languages, non-empty', () => {
    for (const q of questions) {
      expect(q.tracks.length).toBeGreaterThan(0);
      for (const [where, text] of texts(q)) {
        for (const locale of LOCALES) {
          if (text[locale].trim().length === 0) throw new Error(`${q.id} ${where} ${locale} is empty`);
        }
        // Japanese text must actually be Japanese, English text must not be.
        expect({
          id: q.id,
          where,
          ja: /[\u3040-\u30ff\u4e00-\u9faf]/.test(text.ja) || /^[\d\s%–-]+$/.test(text.ja),
        }).toEqual({ id: q.id, where, ja: true });
        expect({ id: q.id, where, en: /[\u3040-\u30ff\u4e00-\u9faf]/.test(text.en) }).toEqual({
          id: q.id,
          where,
          en: false,
        });
      }
    }
    for (const m of bank.modules)
      for (const l of LOCALES) expect(m.title[l].length * m.description[l].length).toBeGreaterThan(0);
  });

  it('describes every ladder level 0–4 with distinct anchors', () => {
    for (const q of questions) {
      if (q.type !== 'maturity') continue;
      expect(q.levels).toHaveLength(5);
      expect(new Set(q.levels.map((l) => l.en)).size).toBe(5);
      expect(new Set(q.levels.map((l) => l.ja)).size).toBe(5);
    }
  });

  it('has valid choice options', () => {
    for (const q of questions) {
      if (q.type !== 'single' && q.type !== 'multiple') continue;
      expect(q.options.length).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
      // Either every option carries a maturity (scored) or none does (a fact).
      const scored = q.options.filter((o) => o.maturity !== undefined).length;
      expect([0, q.options.length]).toContain(scored);
      for (const o of q.options) if (o.maturity !== undefined) expect([0, 1, 2, 3, 4]).toContain(o.maturity);
    }
  });

  it('has numeric bands that start at the minimum and ascend', () => {
    for (const q of questions) {
      if ((q.type !== 'number' && q.type !== 'percentage') || !q.bands) continue;
      expect(q.bands[0]?.min).toBe(q.min);
      for (let i = 1; i < q.bands.length; i++) {
        expect(defined(q.bands[i]).min).toBeGreaterThan(defined(q.bands[i - 1]).min);
        expect(defined(q.bands[i]).maturity).toBeGreaterThanOrEqual(defined(q.bands[i - 1]).maturity);
      }
    }
  });

  it('has only valid tags, at least one GGL action each', () => {
    for (const q of questions) {
      expect(q.tags.gglActions.length).toBeGreaterThan(0);
      for (const a of q.tags.gglActions) expect(GGL_ACTION_IDS).toContain(a);
      for (const p of q.tags.gglPrinciples) expect(GGL_PRINCIPLE_IDS).toContain(p);
      for (const s of q.tags.vcg) expect(VCG_SECTION_IDS).toContain(s);
      for (const c of q.tags.cgc) expect({ id: q.id, known: isKnownCgcTag(c) }).toEqual({ id: q.id, known: true });
      expect(q.weight ?? 1).toBeGreaterThan(0);
    }
  });

  it('tags every GGL action and principle with at least one scored question', () => {
    const scored = questions.filter(
      (q) => q.type === 'maturity' || ('options' in q && q.options.some((o) => o.maturity !== undefined)),
    );
    for (const a of GGL_ACTION_IDS)
      expect({ a, n: scored.filter((q) => q.tags.gglActions.includes(a)).length > 0 }).toEqual({ a, n: true });
    for (const p of GGL_PRINCIPLE_IDS) expect(scored.some((q) => q.tags.gglPrinciples.includes(p))).toBe(true);
  });

  it('refers only to existing glossary terms, with both languages', () => {
    const ids = new Set(bank.glossary.map((g) => g.id));
    expect(ids.size).toBe(bank.glossary.length);
    for (const g of bank.glossary)
      for (const l of LOCALES) expect(g.term[l].length * g.definition[l].length).toBeGreaterThan(0);
    for (const q of questions)
      for (const id of q.glossary ?? [])
        expect({ q: q.id, id, known: ids.has(id) }).toEqual({ q: q.id, id, known: true });
  });

  it('explains every glossary term used in SME-track wording inline', () => {
    for (const q of questionsForTrack('sme')) {
      const text = `${q.prompt.ja} ${q.prompt.en} ${q.help.ja} ${q.help.en}`.toLowerCase();
      for (const term of bank.glossary) {
        const used = term.aliases.some((a) => text.includes(a.toLowerCase()));
        if (used)
          expect({ q: q.id, term: term.id, listed: (q.glossary ?? []).includes(term.id) }).toEqual({
            q: q.id,
            term: term.id,
            listed: true,
          });
      }
    }
  });

  describe('branching', () => {
    const index = new Map(questions.map((q, i) => [q.id, i]));

    function checkCondition(q: Question, c: Condition): void {
      if ('all' in c) return c.all.forEach((x) => checkCondition(q, x));
      if ('any' in c) return c.any.forEach((x) => checkCondition(q, x));
      if ('not' in c) return checkCondition(q, c.not);
      if ('profile' in c) return expect(c.in.length).toBeGreaterThan(0);
      const target = getQuestion(c.question);
      expect({ q: q.id, ref: c.question, exists: target !== undefined }).toEqual({
        q: q.id,
        ref: c.question,
        exists: true,
      });
      if (!target) return;
      // Refers backwards only (no cycles, one-pass evaluation) and never to a ladder (keeps scores monotone).
      expect(defined(index.get(target.id))).toBeLessThan(defined(index.get(q.id)));
      expect(target.type).not.toBe('maturity');
      for (const track of q.tracks)
        expect({ q: q.id, track, gateInTrack: target.tracks.includes(track) }).toEqual({
          q: q.id,
          track,
          gateInTrack: true,
        });
      const optionIds = 'options' in target ? target.options.map((o) => o.id) : [];
      if ('equals' in c) expect(optionIds).toContain(c.equals);
      if ('in' in c) for (const v of c.in) expect(optionIds).toContain(v);
      if ('includes' in c) {
        expect(target.type).toBe('multiple');
        expect(optionIds).toContain(c.includes);
      }
      if ('atLeast' in c) expect(['number', 'percentage', 'currency']).toContain(target.type);
    }

    it('refers only to existing, earlier, non-ladder questions and existing options', () => {
      for (const q of questions) if (q.showIf) checkCondition(q, q.showIf);
    });

    it('has no unreachable question: some profile and answer set shows each one', () => {
      const gates = [...new Set(questions.flatMap((q) => (q.showIf ? conditionReferences(q.showIf) : [])))].map((id) =>
        defined(getQuestion(id)),
      );
      const candidates = (q: Question): Array<AnswerValue | undefined> => {
        if (q.type === 'single') return [undefined, ...q.options.map((o) => o.id)];
        if (q.type === 'multiple') return [undefined, ...q.options.map((o) => [o.id])];
        return [undefined, 0, 1, 5, 1000];
      };
      // Deterministic pseudo-random search over gate answers × every profile; the gate space is small.
      let seed = 42;
      const rand = (n: number): number => {
        // mulberry32: small, deterministic, and free of the low-bit cycles of a plain LCG.
        seed = (seed + 0x6d2b79f5) | 0;
        let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
        return ((x ^ (x >>> 14)) >>> 0) % n;
      };
      const profiles: AssessmentProfile[] = [];
      for (const listingStatus of ['prime', 'standard', 'growth', 'unlisted'] as const)
        for (const companySize of ['large', 'sme', 'startup'] as const) profiles.push({ listingStatus, companySize });
      for (const track of TRACKS) {
        const seen = new Set<string>();
        for (let i = 0; i < 400; i++) {
          const answers: Record<string, AnswerValue> = {};
          for (const g of gates) {
            const options = candidates(g);
            const v = options[rand(options.length)];
            if (v !== undefined) answers[g.id] = v;
          }
          const profile = defined(profiles[i % profiles.length]);
          for (const q of visibleQuestions(track, answers, profile)) seen.add(q.id);
        }
        const unreachable = questionsForTrack(track as Track)
          .filter((q) => !seen.has(q.id))
          .map((q) => q.id);
        expect({ track, unreachable }).toEqual({ track, unreachable: [] });
      }
    });

    it('hides patent follow-ups when the company holds no patents', () => {
      const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };
      const none: Answers = { 'm1.patents-held': 'none' };
      const many: Answers = { 'm1.patents-held': 'many' };
      const ids = (a: Answers): string[] => visibleQuestions('listed', a, profile).map((q) => q.id);
      expect(ids(none)).not.toContain('m1.patent-use-status');
      expect(ids(many)).toContain('m1.patent-use-status');
      expect(ids(many)).toContain('m2.patent-quality');
    });

    it('hides CG-report questions for unlisted companies', () => {
      const ids = (profile: AssessmentProfile): string[] => visibleQuestions('listed', {}, profile).map((q) => q.id);
      expect(ids({ listingStatus: 'unlisted', companySize: 'large' })).not.toContain('m7.cg-report-content');
      expect(ids({ listingStatus: 'growth', companySize: 'large' })).toContain('m7.cg-report-content');
    });
  });

  it('accepts a representative answer for every question', () => {
    for (const q of questions) {
      const sample: unknown =
        q.type === 'maturity'
          ? 2
          : q.type === 'single'
            ? defined(q.options[0]).id
            : q.type === 'multiple'
              ? [defined(q.options[0]).id]
              : q.type === 'text'
                ? 'x'
                : q.type === 'evidence'
                  ? 'https://example.com/report.pdf'
                  : q.min;
      expect({ id: q.id, ok: validateAnswer(q, sample).ok }).toEqual({ id: q.id, ok: true });
    }
  });
});
