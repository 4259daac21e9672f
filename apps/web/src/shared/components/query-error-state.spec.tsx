import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { ApiRequestError } from '../api/api-request-error';
import { createI18n } from '../i18n/create-i18n';
import { QueryErrorState } from './query-error-state';

function show(statusCode: number, code: string, message: string) {
  const onRetry = jest.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MemoryRouter>
        <QueryErrorState error={new ApiRequestError({ statusCode, code, message })} onRetry={onRetry} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return onRetry;
}

describe('QueryErrorState', () => {
  it('offers no retry where retrying cannot help (not found, not yours): the way home instead', () => {
    show(404, 'NOT_FOUND', 'Not found.');
    expect(screen.getByRole('alert')).toHaveTextContent('Not found.');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /home/i })).toHaveAttribute('href', '/');
  });

  it('offers a retry for a failure that may pass', () => {
    show(500, 'INTERNAL', 'Something went wrong.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /home/i })).not.toBeInTheDocument();
  });
});
