import { createI18n } from '../../../shared/i18n/create-i18n';
import { calibrationSourceText } from './calibration-source';

describe('calibrationSourceText', () => {
  it('says where the score’s meaning comes from in the reader’s language', () => {
    const source = 'dev: 173 rated texts, 2026-12-02';
    expect(calibrationSourceText(source, createI18n('ja').t)).toBe('人が評価した開発用の文章 173件（2026-12-02）');
    expect(calibrationSourceText(source, createI18n('en').t)).toBe(
      '173 development texts rated by people (2026-12-02)',
    );
  });

  it('shows a source of another form unchanged rather than guessing', () => {
    expect(calibrationSourceText('test-v3: 40 rated texts, 2026-11-01', createI18n('ja').t)).toBe(
      'test-v3: 40 rated texts, 2026-11-01',
    );
  });
});
