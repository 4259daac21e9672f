import { AssessmentProfile } from './assessment-profile';
import { progress } from './progress';
import { suggestTrack } from './suggest-track';
import { defined } from '../testing/defined';

describe('progress', () => {
  const profile: AssessmentProfile = { listingStatus: 'prime', companySize: 'large' };

  it('counts answered over visible, per module and overall', () => {
    const p = progress('listed', { 'm1.inventory': 2, 'm1.patents-held': 'none', 'm1.top-three': '  ' }, profile);
    const m1 = defined(p.modules.find((m) => m.module === 'm1'));
    expect(m1.answered).toBe(2);
    // Patent follow-ups are hidden when no patents are held.
    expect(m1.unansweredQuestionIds).not.toContain('m1.patent-use-status');
    expect(m1.unansweredQuestionIds).toContain('m1.top-three');
    expect(m1.ratio).toBeCloseTo(2 / m1.visible);
    expect(p.overall.answered).toBe(2);
    expect(p.overall.visible).toBe(p.modules.reduce((s, m) => s + m.visible, 0));
  });

  it('lists modules in order and omits modules with nothing visible', () => {
    const p = progress('sme', {}, { listingStatus: 'unlisted', companySize: 'sme' });
    expect(p.modules.map((m) => m.module)).not.toContain('m7');
    expect(defined(p.modules[0]).module).toBe('sme-strengths');
    expect(defined(p.modules.at(-1)).module).toBe('sme-help');
    const legacy = progress('sme', {}, { listingStatus: 'unlisted', companySize: 'sme' }, '2026.11-1');
    expect(defined(legacy.modules[0]).module).toBe('m0');
    expect(defined(legacy.modules.at(-1)).module).toBe('m10');
  });
});

describe('suggestTrack', () => {
  it.each([
    [{ listingStatus: 'prime', companySize: 'large' }, 'listed'],
    [{ listingStatus: 'growth', companySize: 'startup' }, 'sme'],
    [{ listingStatus: 'standard', companySize: 'sme' }, 'sme'],
    [{ listingStatus: 'unlisted', companySize: 'large' }, 'sme'],
  ] as const)('%j → %s', (profile, track) => {
    const s = suggestTrack(profile);
    expect(s.track).toBe(track);
    expect(s.reason.ja.length * s.reason.en.length).toBeGreaterThan(0);
  });
});
