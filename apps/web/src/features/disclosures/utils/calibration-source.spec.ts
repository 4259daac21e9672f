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

  it('names the analysts’ sets, and that they are no random sample (since v2.45)', () => {
    const source = 'analysts: 300 rated texts, sets 75-104, 2026-12-04';
    expect(calibrationSourceText(source, createI18n('ja').t)).toBe(
      '2人のアナリストがそれぞれ評価した実在の開示 300件（強い例と弱い例を含むように集めた組で、無作為の標本ではありません。2026-12-04）',
    );
    expect(calibrationSourceText(source, createI18n('en').t)).toBe(
      '300 real disclosures, each rated by two analysts (sets collected to include strong and weak examples, not a random sample; 2026-12-04)',
    );
  });

  it('shows a source of another form unchanged rather than guessing', () => {
    expect(calibrationSourceText('test-v3: 40 rated texts, 2026-11-01', createI18n('ja').t)).toBe(
      'test-v3: 40 rated texts, 2026-11-01',
    );
  });
});
