import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '@ipgn/contracts';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { UnanchoredMarker } from './unanchored-marker';

const REASON = {
  ja: '仕組み・価値・投資の言葉はありますが、特定の事業・製品・資産を名指ししておらず、前の文も指していません（評価はわずかです）。',
  en: 'Mechanism, value or investment words, but no specific business, product or asset is named or referred back to (earns little).',
};

function renderMarker(locale: Locale = 'ja') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <p>
        <button type="button">before</button>
        <UnanchoredMarker reason={REASON} />
      </p>
    </I18nextProvider>,
  );
}

describe('UnanchoredMarker', () => {
  it('is a button named by its visible label and described by the reason (ja)', () => {
    renderMarker();
    const marker = screen.getByRole('button', { name: '言葉だけ・対象なし' });
    expect(marker).toHaveTextContent('〰 言葉だけ・対象なし');
    expect(marker).toHaveAccessibleDescription(REASON.ja);
    // Closed, the reason is still in the text for screen readers, only not shown as a popup.
    const reason = screen.getByTestId('unanchored-reason');
    expect(reason).toHaveTextContent(REASON.ja);
    expect(reason).toHaveClass('visually-hidden');
    expect(reason).toHaveAttribute('role', 'tooltip');
  });

  it('speaks English with the English reason', () => {
    renderMarker('en');
    const marker = screen.getByRole('button', { name: 'Words only, nothing named' });
    expect(marker).toHaveAccessibleDescription(REASON.en);
  });

  it('shows the reason on keyboard focus, hides it on Escape and on leaving', async () => {
    const user = userEvent.setup();
    renderMarker();
    const reason = screen.getByTestId('unanchored-reason');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: '言葉だけ・対象なし' })).toHaveFocus();
    expect(reason).toHaveAttribute('data-open', 'true');
    expect(reason).toHaveClass('unanchored-marker__reason');
    expect(reason).not.toHaveClass('visually-hidden');
    await user.keyboard('{Escape}');
    expect(reason).toHaveAttribute('data-open', 'false');
    expect(reason).toHaveClass('visually-hidden');
    await user.click(screen.getByRole('button', { name: '言葉だけ・対象なし' }));
    expect(reason).toHaveAttribute('data-open', 'true');
    await user.tab({ shift: true });
    await user.unhover(screen.getByRole('button', { name: '言葉だけ・対象なし' }));
    expect(reason).toHaveAttribute('data-open', 'false');
  });

  it('shows the reason while the pointer is over the marker or the reason itself', () => {
    renderMarker();
    const marker = screen.getByRole('button', { name: '言葉だけ・対象なし' });
    const reason = screen.getByTestId('unanchored-reason');
    const wrapper = marker.parentElement as HTMLElement;
    fireEvent.mouseEnter(wrapper);
    expect(reason).toHaveAttribute('data-open', 'true');
    // The reason is inside the hovered element, so moving onto it keeps it open.
    expect(wrapper).toContainElement(reason);
    fireEvent.mouseLeave(wrapper);
    expect(reason).toHaveAttribute('data-open', 'false');
  });
});
