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

/**
 * A new owner with a new organization, signed up over HTTP like the web app: the session cookie and a CSRF token
 * fetched after sign-up (the token is bound to the signed-in session).
 */
export async function signUpOwner(base: string): Promise<{ cookie: string; csrf: string; orgId: string }> {
  const first = await fetch(`${base}/api/auth/csrf`);
  let cookie = first.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = ((await first.json()) as { csrfToken: string }).csrfToken;
  const signup = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: JSON.stringify({
      email: `bench-${Date.now()}@example.test`,
      password: 'correct horse battery',
      displayName: 'Bench',
      organizationName: 'ベンチ株式会社',
    }),
  });
  if (signup.status !== 201) throw new Error(`signup ${signup.status} ${await signup.text()}`);
  cookie = signup.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const orgId =
    ((await signup.json()) as { memberships: { organizationId: string }[] }).memberships[0]?.organizationId ?? '';
  const again = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const extra = again.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (extra.length > 0) cookie = [cookie, ...extra].join('; ');
  return { cookie, csrf: ((await again.json()) as { csrfToken: string }).csrfToken, orgId };
}
