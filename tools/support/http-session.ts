// A browser-like HTTP client for the tools that drive a running API from outside (soak, replicas): keeps cookies,
// fetches a CSRF token before the first state-changing request and again after an auth request, as the web app does.
export class HttpSession {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(private readonly base: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async call(
    method: string,
    path: string,
    body?: BodyInit,
    type?: string,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    if (method !== 'GET' && !this.csrf)
      this.csrf = ((await (await this.call('GET', '/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
    const headers: Record<string, string> = { cookie: this.cookieHeader(), ...extra };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (type) headers['content-type'] = type;
    const res = await fetch(this.base + path, { method, headers, body });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    if (path.startsWith('/api/auth/') && method !== 'GET') this.csrf = '';
    return res;
  }

  json(method: string, path: string, body: unknown, extra: Record<string, string> = {}): Promise<Response> {
    return this.call(method, path, JSON.stringify(body), 'application/json', extra);
  }
}
