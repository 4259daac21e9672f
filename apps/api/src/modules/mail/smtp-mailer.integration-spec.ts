import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { useTestApp } from '../../../test/support/use-test-app';

/** One message as the SMTP server received it: envelope, and the decoded From, Subject and text. */
interface Received {
  from: string;
  to: string[];
  fromHeader: string;
  subject: string;
  body: string;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) back to text, folded lines joined. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** Headers and the (base64 or quoted-printable) text body of a single-part message. */
function parseMessage(raw: string): { headers: Map<string, string>; body: string } {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const encoded = rest.join('\r\n\r\n');
  const cte = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const body =
    cte === 'base64'
      ? Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8')
      : cte === 'quoted-printable'
        ? Buffer.from(
            encoded
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : encoded;
  return { headers, body: body.replace(/\r\n/g, '\n') };
}

describe('SMTP mailer: notifications arrive at a real SMTP server with the right subject and body (ja/en)', () => {
  let server: SMTPServer;
  let smtpPort = 0;
  const inbox: Received[] = [];

  beforeAll(async () => {
    // A real SMTP server on a free port, inside the test: the API talks to it over TCP as to a provider.
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const { headers, body } = parseMessage(Buffer.concat(chunks).toString('latin1'));
          inbox.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            fromHeader: decodeHeader(Buffer.from(headers.get('from') ?? '', 'latin1').toString('utf8')),
            subject: decodeHeader(headers.get('subject') ?? ''),
            body,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    smtpPort = (server.server.address() as AddressInfo).port;
  });
  // Declared after the server starts (hooks run in order); the app closes before the server does.
  const s = useTestApp(() => ({
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: '"知財ガバナンス・ナビ" <no-reply@example.jp>',
  }));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** The notification messages for `to` (invitations left out) once `count` of them arrived. */
  async function mailFor(to: string, count: number): Promise<Received[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const mine = inbox.filter((m) => m.to.includes(to) && !m.subject.includes('への招待'));
      if (mine.length >= count || Date.now() > deadline) return mine;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('sends the review request in Japanese and the approval in English, each to its recipient', async () => {
    // The invitations that make the members below already go through the same server.
    const { owner, orgId } = await s.ctx.newOrganization('メール株式会社');
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    expect((await contributor.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
    const created = await contributor.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    const id = String(created.body.id);
    const title = String(created.body.title);
    const gaps = (created.body.current.completenessDetail.missing as { slotId: string }[]).map((m) => m.slotId);

    expect(
      (
        await contributor.post(`/api/orgs/${orgId}/drafts/${id}/submit-for-review`, {
          acknowledgedGaps: gaps,
          reviewerId: reviewer.user!.id,
        })
      ).status,
    ).toBe(200);
    const [request] = await mailFor(reviewer.user!.email, 1);
    expect(request).toMatchObject({ from: 'no-reply@example.jp', to: [reviewer.user!.email] });
    expect(request.fromHeader).toMatch(/知財ガバナンス・ナビ.*<no-reply@example\.jp>/);
    expect(request.subject).toBe(`【知財ガバナンス・ナビ】レビュー依頼：${title}`);
    expect(request.body).toContain(
      `contributor さんから、メール株式会社 の開示ドラフト「${title}」のレビュー依頼が届きました。`,
    );
    expect(request.body).toContain(`/o/${orgId}/drafts/${id}`);

    expect((await reviewer.post(`/api/orgs/${orgId}/drafts/${id}/approve`)).status).toBe(200);
    const [approved] = await mailFor(contributor.user!.email, 1);
    expect(inbox.filter((m) => m.subject.includes('への招待')).length).toBeGreaterThanOrEqual(2);
    expect(approved.subject).toBe(`[IP Governance Navigator] Approved: ${title}`);
    expect(approved.body).toContain(`The draft "${title}" of メール株式会社 was approved by reviewer.`);
  });
});
