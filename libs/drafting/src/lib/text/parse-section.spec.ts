import type { Draft, SlotRun } from '../model/draft';
import { parseSectionRuns, parseSectionText } from './parse-section';
import { sectionText } from './section-text';
import { containsSlotMarker, slotMarker } from './slot-marker';
import { slotsOf } from './slots-of';

const amount: SlotRun = { kind: 'slot', slotId: 'ip-investment', label: { ja: '知財投資額', en: 'IP investment' } };
const amountLong: SlotRun = {
  kind: 'slot',
  slotId: 'ip-investment-detail',
  label: { ja: '知財投資額の内訳', en: 'IP investment breakdown' },
};
const known = new Map([
  [amount.slotId, amount],
  [amountLong.slotId, amountLong],
]);

describe('slot markers', () => {
  it('render as the draft renders them, in each language', () => {
    expect(slotMarker(amount, 'ja')).toBe('【要記入：知財投資額】');
    expect(slotMarker(amount, 'en')).toBe('[To be completed: IP investment]');
  });

  it('are recognised in either language, also without the space', () => {
    for (const t of ['x【要記入：y', '[To be completed: z', '[To be completed:z'])
      expect(containsSlotMarker(t)).toBe(true);
    for (const t of ['要記入', '[To be', '【要記入】', '']) expect(containsSlotMarker(t)).toBe(false);
  });
});

describe('parseSectionText', () => {
  it('splits paragraphs on empty lines (any newline style, blank lines with spaces) and trims them', () => {
    const r = parseSectionText('  一段落目。\r\n \u3000\r\n二段落目。\n\n\n\n三。  ', known, 'ja');
    expect(r).toEqual({
      ok: true,
      paragraphs: [
        { runs: [{ kind: 'text', text: '一段落目。' }] },
        { runs: [{ kind: 'text', text: '二段落目。' }] },
        { runs: [{ kind: 'text', text: '三。' }] },
      ],
    });
  });

  it('turns a known marker back into its slot, preferring the longest marker', () => {
    const r = parseSectionText('投資は【要記入：知財投資額の内訳】と【要記入：知財投資額】です。', known, 'ja');
    expect(r).toEqual({
      ok: true,
      paragraphs: [
        {
          runs: [
            { kind: 'text', text: '投資は' },
            amountLong,
            { kind: 'text', text: 'と' },
            amount,
            { kind: 'text', text: 'です。' },
          ],
        },
      ],
    });
  });

  it('reads English markers in an English draft', () => {
    const r = parseSectionText('We spent [To be completed: IP investment].', known, 'en');
    expect(r.ok && r.paragraphs[0]?.runs[1]).toEqual(amount);
  });

  it('refuses a forged or other-language marker', () => {
    expect(parseSectionText('【要記入：架空】', known, 'ja')).toEqual({
      ok: false,
      problems: [{ field: 'text', code: 'slotMarker' }],
    });
    expect(parseSectionText('[To be completed: IP investment]', known, 'ja')).toEqual({
      ok: false,
      problems: [{ field: 'text', code: 'slotMarker' }],
    });
  });

  it('round-trips sectionText', () => {
    const section = {
      paragraphs: [
        { runs: [{ kind: 'text' as const, text: 'A ' }, amount] },
        { runs: [{ kind: 'text' as const, text: 'B' }] },
      ],
    };
    const text = sectionText(section, 'en');
    expect(text).toBe('A [To be completed: IP investment]\n\nB');
    expect(parseSectionText(text, known, 'en')).toEqual({ ok: true, paragraphs: section.paragraphs });
  });

  it('gives no paragraphs for blank text', () => {
    expect(parseSectionText(' \n\n ', known, 'ja')).toEqual({ ok: true, paragraphs: [] });
  });
});

describe('parseSectionRuns', () => {
  it('keeps known slots, drops empty runs and paragraphs', () => {
    const r = parseSectionRuns(
      [
        {
          runs: [
            { kind: 'text', text: 'x' },
            { kind: 'slot', slotId: 'ip-investment' },
            { kind: 'text', text: '' },
          ],
        },
        { runs: [{ kind: 'text', text: '' }] },
      ],
      known,
    );
    expect(r).toEqual({ ok: true, paragraphs: [{ runs: [{ kind: 'text', text: 'x' }, amount] }] });
  });

  it('names every unknown slot and every forged marker', () => {
    const r = parseSectionRuns(
      [
        {
          runs: [
            { kind: 'slot', slotId: 'nope' },
            { kind: 'text', text: '[To be completed: x]' },
          ],
        },
        { runs: [{ kind: 'slot' }] },
      ],
      known,
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: 'paragraphs.0.runs.0.slotId', code: 'unknown' },
        { field: 'paragraphs.0.runs.1.text', code: 'slotMarker' },
        { field: 'paragraphs.1.runs.0.slotId', code: 'unknown' },
      ],
    });
  });
});

describe('slotsOf', () => {
  it('collects each slot once across versions, first seen wins', () => {
    const d = (slot: SlotRun): Draft => ({
      type: 'cg-report',
      language: 'ja',
      templateVersion: '1',
      title: '',
      asOf: '',
      sections: [{ id: 's', heading: '', paragraphs: [{ runs: [slot] }] }],
      attachments: {},
    });
    const renamed = { ...amount, label: { ja: '別名', en: 'other' } };
    const slots = slotsOf(d(amount), d(renamed), d(amountLong));
    expect([...slots.keys()]).toEqual(['ip-investment', 'ip-investment-detail']);
    expect(slots.get('ip-investment')).toBe(amount);
  });
});
