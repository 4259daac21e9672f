import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useRef, useState } from 'react';
import { MemoryRouter, Navigate, Outlet, Route, Routes, useNavigate } from 'react-router';
import { usePageLanding } from './use-page-landing';

function Layout() {
  const main = useRef<HTMLElement>(null);
  usePageLanding(main);
  return (
    <>
      <nav>
        <a href="#x">nav</a>
      </nav>
      <main ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function FormPage() {
  const navigate = useNavigate();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void navigate('/result');
      }}
    >
      <h1>Form</h1>
      <button type="submit">Send</button>
    </form>
  );
}

/** A result that shows a loading title first and its real title (another element) when its data is in. */
function ResultPage() {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLoaded(true), 20);
    return () => clearTimeout(timer);
  }, []);
  return loaded ? <h1 key="loaded">Result</h1> : <h1 key="loading">Loading</h1>;
}

/** A page that puts focus on what it was sent to. */
function PlacedPage() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <>
      <h1>Question page</h1>
      <input ref={input} aria-label="The question" />
    </>
  );
}

function SwapPage() {
  const navigate = useNavigate();
  return (
    <>
      <h1>Compare</h1>
      <button type="button" onClick={() => void navigate('/swap/b', { replace: true, state: { keepPlace: true } })}>
        Swap
      </button>
    </>
  );
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="form" element={<FormPage />} />
          <Route path="result" element={<ResultPage />} />
          <Route path="placed" element={<PlacedPage />} />
          <Route path="swap/:side" element={<SwapPage />} />
          <Route path="go-to-form" element={<Navigate to="/form" replace />} />
          <Route path="go-to-placed" element={<LinkTo to="/placed" />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

function LinkTo({ to }: { to: string }) {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(to)}>
      Go
    </button>
  );
}

describe('usePageLanding: where a new page opens', () => {
  let scrolled: jest.SpyInstance;
  beforeEach(() => {
    scrolled = jest.spyOn(window, 'scrollTo');
  });
  afterEach(() => scrolled.mockRestore());

  it('after a form sends the user on: the top of the page, focus on its title, also once the title is replaced', async () => {
    const user = userEvent.setup();
    renderAt('/form');
    expect(scrolled).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(scrolled).toHaveBeenCalledWith({ top: 0, left: 0, behavior: 'instant' });
    expect(screen.getByRole('heading', { name: 'Loading' })).toHaveFocus();
    const title = await screen.findByRole('heading', { name: 'Result' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAttribute('tabindex', '-1');
  });

  it('leaves focus alone once the user has moved it', async () => {
    const user = userEvent.setup();
    renderAt('/form');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    // The user tabs on before the result is in.
    await user.keyboard('{Tab}');
    const moved = document.activeElement;
    await screen.findByRole('heading', { name: 'Result' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(document.activeElement).toBe(moved);
  });

  it('lets a page that places focus itself keep it', async () => {
    const user = userEvent.setup();
    renderAt('/go-to-placed');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('textbox', { name: 'The question' })).toHaveFocus();
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('moves nothing on a redirect before the user did anything (the skip link stays first)', () => {
    renderAt('/go-to-form');
    expect(screen.getByRole('heading', { name: 'Form' })).toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);
  });

  it('keeps scroll and focus when the page asks to keep its place (swapping sides)', async () => {
    const user = userEvent.setup();
    renderAt('/swap/a');
    const swap = screen.getByRole('button', { name: 'Swap' });
    await user.click(swap);
    expect(scrolled).not.toHaveBeenCalled();
    expect(swap).toHaveFocus();
  });
});
