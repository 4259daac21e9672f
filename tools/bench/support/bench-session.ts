// A browser-like session over HTTP for the benchmarks that set up their data as users would.
/** A browser-like session over HTTP: cookies and the CSRF token. */
export class Session {
  /** The Cookie header as the browser would send it (for requests made outside this class). */
  cookie = '';
  private csrf = '';
  constructor(private readonly base: string) {}

  private keep(res: Response): void {
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
    if (set.length === 0) return;
    const jar = new Map(
      this.cookie
        .split('; ')
        .filter(Boolean)
        .map((c) => [c.split('=')[0] ?? '', c]),
    );
    for (const c of set) jar.set(c.split('=')[0] ?? '', c);
    this.cookie = [...jar.values()].join('; ');
  }

  async refresh(): Promise<void> {
    const res = await fetch(`${this.base}/api/auth/csrf`, { headers: { cookie: this.cookie } });
    this.keep(res);
    this.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  async call<T>(method: string, path: string, body?: unknown, expected = [200, 201]): Promise<T> {
    if (!this.csrf) await this.refresh();
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.csrf },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    this.keep(res);
    if (!expected.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    if (path.startsWith('/api/auth/')) await this.refresh();
    return (await res.json()) as T;
  }
}
