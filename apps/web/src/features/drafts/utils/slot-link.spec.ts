import { slotLink } from './slot-link';

describe('slotLink', () => {
  it('goes to the exact field group of the facts form when the form has the fact', () => {
    expect(slotLink('o1', 'a1', { factKey: 'kpis', questionId: 'm5.kpi-type' })).toEqual({
      to: '/o/o1/drafts/facts#kpis',
      kind: 'fact',
    });
    expect(slotLink('o1', null, { factKey: 'disclosureUrl' })).toEqual({
      to: '/o/o1/drafts/facts#disclosure',
      kind: 'fact',
    });
    // The SME one-pager's contact slot (issue 13: it used to point at a section that did not exist).
    expect(slotLink('o1', null, { factKey: 'sme.contact' })).toEqual({ to: '/o/o1/drafts/facts#sme', kind: 'fact' });
  });

  it('goes to the question in the open round, never to a locked one', () => {
    expect(slotLink('o1', 'open1', { questionId: 'm0.rd-expense' })).toEqual({
      to: '/o/o1/assessments/open1#q-m0.rd-expense',
      kind: 'question',
    });
    expect(slotLink('o1', null, { questionId: 'm0.rd-expense' })).toBeNull();
    // A fact the form does not hold yet and no open round: no link rather than a dead end.
    expect(slotLink('o1', null, { factKey: 'valueChains', questionId: 'm4.value-story' })).toBeNull();
  });
});
