import { createI18n } from '../../../shared/i18n/create-i18n';
import { auditTargetLabel } from './audit-target-label';

const i18n = createI18n('ja');

const base = { data: {} as Record<string, unknown> };

describe('auditTargetLabel', () => {
  it('names a resolved round, workshop or question instead of its id', () => {
    const t = i18n.t.bind(i18n);
    const id = '2b1c7d8e-0f4a-4b6c-9d2e-1a2b3c4d5e6f';
    expect(
      auditTargetLabel({ ...base, target: id, targetRef: { kind: 'assessment', round: 2, track: 'listed' } }, t),
    ).toBe('第2回の診断（上場企業向け）');
    expect(auditTargetLabel({ ...base, target: id, targetRef: { kind: 'workshop', title: '経営会議' } }, t)).toBe(
      'ワークショップ「経営会議」',
    );
    expect(
      auditTargetLabel({ ...base, target: id, targetRef: { kind: 'question', publicationTitle: 'CG報告書' } }, t),
    ).toBe('「CG報告書」への質問');
  });

  it('never shows a bare UUID, and keeps names as recorded', () => {
    const t = i18n.t.bind(i18n);
    expect(auditTargetLabel({ ...base, target: '2b1c7d8e-0f4a-4b6c-9d2e-1a2b3c4d5e6f', targetRef: null }, t)).toBe(
      '（削除された項目）',
    );
    expect(
      auditTargetLabel({ data: { title: '旧WS' }, target: '2b1c7d8e-0f4a-4b6c-9d2e-1a2b3c4d5e6f', targetRef: null }, t),
    ).toBe('ワークショップ「旧WS」');
    expect(auditTargetLabel({ ...base, target: 'a@example.com', targetRef: null }, t)).toBe('a@example.com');
    expect(auditTargetLabel({ ...base, target: null, targetRef: null }, t)).toBeNull();
  });
});
