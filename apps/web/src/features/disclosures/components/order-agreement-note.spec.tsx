import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '@ipgn/contracts';
import { CALIBRATION_TABLE, orderAgreement } from '@ipgn/disclosure-scoring';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { OrderAgreementNote } from './order-agreement-note';

function renderNote(scores: number[], locale: Locale = 'ja') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <OrderAgreementNote scores={scores} />
    </I18nextProvider>,
  );
}

describe('OrderAgreementNote', () => {
  it('says of two close scores that they do not decide the order, with the shipped share (ja and en)', () => {
    const close = orderAgreement(40, 43);
    expect(close?.decisive).toBe(false);
    renderNote([40, 43]);
    const sentence = screen.getByTestId('order-agreement-sentence');
    expect(sentence).toHaveTextContent(close?.meaning.ja ?? 'missing');
    expect(sentence).toHaveTextContent('点数で決めることはできません');
    expect(screen.getByRole('heading', { name: 'この点差で順位を決めてよいか' })).toBeInTheDocument();
    renderNote([40, 43], 'en');
    expect(screen.getAllByTestId('order-agreement-sentence')[1]).toHaveTextContent(close?.meaning.en ?? 'missing');
  });

  it('gives far-apart scores the share of pairs people ordered the same way, and equal scores no order', () => {
    const far = orderAgreement(15, 60);
    expect(far?.decisive).toBe(true);
    renderNote([60, 15]);
    expect(screen.getByTestId('order-agreement-sentence')).toHaveTextContent(far?.meaning.ja ?? 'missing');
    expect(screen.getByTestId('order-agreement-sentence')).not.toHaveTextContent('決めることはできません');
    renderNote([33, 33], 'en');
    expect(screen.getAllByTestId('order-agreement-sentence')[1]).toHaveTextContent(
      'Equal scores: the score does not tell which text is better.',
    );
  });

  it('lists every band for three or more scores, and shows nothing for fewer than two', () => {
    renderNote([20, 35, 50]);
    const items = within(screen.getByTestId('order-agreement-bands')).getAllByRole('listitem');
    const bands = CALIBRATION_TABLE.pairs?.bands ?? [];
    expect(items).toHaveLength(bands.length);
    const first = bands[0];
    expect(items[0]).toHaveTextContent(
      `点差${first?.min}〜${first?.max}点：${Math.round(((first?.agree ?? 0) / (first?.pairs ?? 1)) * 100)}%（${first?.pairs}組）`,
    );
    const { container } = renderNote([42]);
    expect(container).toBeEmptyDOMElement();
  });
});
