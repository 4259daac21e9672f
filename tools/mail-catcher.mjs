// The development mail catcher started by `npm start` (issue 14): a real SMTP server on 127.0.0.1 that accepts
// every message the API sends through its SMTP mailer, saves it as an .eml file under DATA_DIR/mail and prints
// who it was for, the subject and the text (links to reset a password or accept an invitation included).
// Production sets SMTP_URL to a real provider and never starts this.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** "=?UTF-8?B?…?=" words of a header, decoded (nodemailer encodes Japanese subjects so). */
function decodeHeader(value) {
  return value.replace(/=\?UTF-8\?B\?([^?]+)\?=\s*/gi, (_, b64) => Buffer.from(b64, 'base64').toString('utf8'));
}

/** Subject and text of a single-part message (what the API sends): headers, a blank line, the (base64) body. */
function readMessage(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = (split < 0 ? raw : raw.slice(0, split)).replace(/\r\n[ \t]+/g, ' ');
  const body = split < 0 ? '' : raw.slice(split + 4);
  const header = (name) =>
    head
      .split('\r\n')
      .find((l) => l.toLowerCase().startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  const base64 = /base64/i.test(header('content-transfer-encoding'));
  return {
    subject: decodeHeader(header('subject')),
    text: base64 ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body,
  };
}

/** Starts the catcher on a free port; resolves with its SMTP URL and a close function. */
export async function startMailCatcher(dataDir) {
  const { SMTPServer } = await import('smtp-server');
  const dir = join(dataDir, 'mail');
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    // A message larger than this is not something the API sends.
    size: 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++count}.eml`);
        writeFileSync(file, raw);
        const { subject, text } = readMessage(raw);
        const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
        process.stdout.write(
          `\n  ✉ mail to ${to}: ${subject}\n${text
            .trim()
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n')}\n    (saved as ${file})\n\n`,
        );
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address();
  return { url: `smtp://127.0.0.1:${port}`, dir, close: () => new Promise((resolve) => server.close(resolve)) };
}
