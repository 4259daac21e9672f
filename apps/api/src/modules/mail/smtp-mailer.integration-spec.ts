import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { TestApp } from '../../../test/test-app';
import { createTestApp, TestContext } from '../../../test/test-app';

/** What the SMTP server received, parsed by Python's own e-mail package (not by our encoder's counterpart). */
interface Received {
  from: string;
  to: string[];
  fromHeader: string;
  subject: string;
  body: string;
}

// A real SMTP server in its own process: the Python standard library's `smtpd` (Python ≤ 3.11), printing each
// message it accepts as one JSON line. The API talks to it over TCP exactly as to a provider or Mailpit.
const SERVER = `
import asyncore, email, json, smtpd, sys, warnings
from email import policy
warnings.simplefilter('ignore')
class Catcher(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        msg = email.message_from_bytes(data, policy=policy.default)
        print(json.dumps({'from': mailfrom, 'to': rcpttos, 'fromHeader': str(msg['from']), 'subject': str(msg['subject']), 'body': msg.get_content()}), flush=True)
server = Catcher(('127.0.0.1', 0), None)
print(json.dumps({'port': server.socket.getsockname()[1]}), flush=True)
asyncore.loop()
`;

describe('SMTP mailer: notifications arrive at a real SMTP server with the right subject and body (ja/en)', () => {
  let server: ChildProcessWithoutNullStreams;
  let t: TestApp;
  let ctx: TestContext;
  const inbox: Received[] = [];
  const waiters: (() => void)[] = [];

  beforeAll(async () => {
    server = spawn('python3', ['-c', SERVER]);
    const lines = createInterface({ input: server.stdout });
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.once('exit', (code) => reject(new Error(`SMTP server process exited (${String(code)}): is python3 ≤ 3.11 with smtpd installed?`)));
      lines.on('line', (line) => {
        const parsed = JSON.parse(line) as { port?: number } & Received;
        if (parsed.port) resolve(parsed.port);
        else {
          inbox.push(parsed);
          waiters.splice(0).forEach((w) => w());
        }
      });
    });
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: '知財ガバナンス・ナビ <no-reply@example.jp>' });
    ctx = new TestContext(t.app);
  });
  afterAll(async () => {
    await t?.close();
    server?.kill();
  });

  /** The notification messages for `to` (invitations left out) once `count` of them arrived. */
  async function mailFor(to: string, count: number): Promise<Received[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const mine = inbox.filter((m) => m.to.includes(to) && !m.subject.includes('への招待'));
      if (mine.length >= count || Date.now() > deadline) return mine;
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  it('sends the review request in Japanese and the approval in English, each to its recipient', async () => {
    // The invitations that make the members below already go through the same server.
    const { owner, orgId } = await ctx.newOrganization('メール株式会社');
    const contributor = await ctx.newMember(owner, orgId, 'contributor');
    const reviewer = await ctx.newMember(owner, orgId, 'reviewer');
    expect((await contributor.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
    const created = await contributor.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    const id = String(created.body.id);
    const title = String(created.body.title);
    const gaps = (created.body.current.completenessDetail.missing as { slotId: string }[]).map((m) => m.slotId);

    expect((await contributor.post(`/api/orgs/${orgId}/drafts/${id}/submit-for-review`, { acknowledgedGaps: gaps, reviewerId: reviewer.user!.id })).status).toBe(200);
    const [request] = await mailFor(reviewer.user!.email, 1);
    expect(request).toMatchObject({ from: 'no-reply@example.jp', to: [reviewer.user!.email], fromHeader: '知財ガバナンス・ナビ <no-reply@example.jp>' });
    expect(request.subject).toBe(`【知財ガバナンス・ナビ】レビュー依頼：${title}`);
    expect(request.body).toContain(`contributor さんから、メール株式会社 の開示ドラフト「${title}」のレビュー依頼が届きました。`);
    expect(request.body).toContain(`/o/${orgId}/drafts/${id}`);

    expect((await reviewer.post(`/api/orgs/${orgId}/drafts/${id}/approve`)).status).toBe(200);
    const [approved] = await mailFor(contributor.user!.email, 1);
    expect(inbox.filter((m) => m.subject.includes('への招待')).length).toBeGreaterThanOrEqual(2);
    expect(approved.subject).toBe(`[IP Governance Navigator] Approved: ${title}`);
    expect(approved.body).toContain(`The draft "${title}" of メール株式会社 was approved by reviewer.`);
  });
});
