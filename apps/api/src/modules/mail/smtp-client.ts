import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';

/** Where and how to reach the SMTP server, from SMTP_URL. */
export interface SmtpTarget {
  host: string;
  port: number;
  /** smtps://: TLS from the first byte. smtp://: plain, upgraded with STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  pass?: string;
}

export function parseSmtpUrl(value: string): SmtpTarget {
  const url = new URL(value);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : {}),
  };
}

interface Reply {
  code: number;
  lines: string[];
}

/**
 * One SMTP conversation over a socket: reads whole (multi-line) replies and fails on any unexpected code, a
 * closed connection or a silent server (timeout).
 */
class SmtpSession {
  private buffer = '';
  private waiting: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(
    private socket: Socket | TLSSocket,
    private readonly timeoutMs: number,
  ) {
    this.attach(socket);
  }

  private attach(socket: Socket | TLSSocket): void {
    socket.setEncoding('utf8');
    socket.setTimeout(this.timeoutMs, () => this.fail(new Error(`SMTP server did not answer within ${this.timeoutMs} ms`)));
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.deliver();
    });
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => this.fail(new Error('SMTP connection closed')));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.waiting?.reject(error);
    this.waiting = null;
  }

  /** Hands over a reply once its last line ("250 ok", not "250-…") has arrived. */
  private deliver(): void {
    if (!this.waiting) return;
    const lines = this.buffer.split('\r\n');
    const last = lines.findIndex((l) => /^\d{3}( |$)/.test(l));
    if (last === -1 || last === lines.length - 1) return;
    const reply = lines.slice(0, last + 1);
    this.buffer = lines.slice(last + 1).join('\r\n');
    const waiting = this.waiting;
    this.waiting = null;
    waiting.resolve({ code: Number(reply[last].slice(0, 3)), lines: reply.map((l) => l.slice(4)) });
  }

  read(): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.deliver();
    });
  }

  async command(line: string | null, expect: number[], what = line?.split(' ')[0] ?? 'greeting'): Promise<Reply> {
    if (line !== null) this.socket.write(`${line}\r\n`);
    const reply = await this.read();
    if (!expect.includes(reply.code)) throw new Error(`SMTP ${what} refused: ${reply.code} ${reply.lines.join(' ')}`);
    return reply;
  }

  /** STARTTLS: the same conversation continues inside TLS. */
  async upgrade(host: string): Promise<void> {
    const plain = this.socket;
    plain.removeAllListeners('data');
    plain.removeAllListeners('close');
    plain.removeAllListeners('error');
    const secure = tlsConnect({ socket: plain, servername: host });
    await new Promise<void>((resolve, reject) => {
      secure.once('secureConnect', resolve);
      secure.once('error', reject);
    });
    this.socket = secure;
    this.attach(secure);
  }

  write(data: string): void {
    this.socket.write(data);
  }

  end(): void {
    this.socket.removeAllListeners('close');
    this.socket.end();
  }
}

/** Sends one message (`data`: headers and body, CRLF lines) to one recipient. */
export async function sendSmtp(target: SmtpTarget, envelope: { from: string; to: string }, data: string, timeoutMs = 15_000): Promise<void> {
  const socket = target.secure ? tlsConnect({ host: target.host, port: target.port, servername: target.host }) : netConnect({ host: target.host, port: target.port });
  const session = new SmtpSession(socket, timeoutMs);
  try {
    await session.command(null, [220]);
    let ehlo = await session.command('EHLO ipgn.local', [250]);
    const offers = (word: string) => ehlo.lines.some((l) => l.toUpperCase().startsWith(word));
    if (!target.secure && offers('STARTTLS')) {
      await session.command('STARTTLS', [220]);
      await session.upgrade(target.host);
      ehlo = await session.command('EHLO ipgn.local', [250]);
    } else if (!target.secure && target.user) {
      // Never send a password over an unencrypted connection.
      throw new Error('SMTP server offers no TLS; refusing to send the password in clear (use smtps:// or a server with STARTTLS)');
    }
    if (target.user) {
      const token = Buffer.from(`\0${target.user}\0${target.pass ?? ''}`, 'utf8').toString('base64');
      await session.command(`AUTH PLAIN ${token}`, [235], 'AUTH');
    }
    await session.command(`MAIL FROM:<${envelope.from}>`, [250], 'MAIL FROM');
    await session.command(`RCPT TO:<${envelope.to}>`, [250, 251], 'RCPT TO');
    await session.command('DATA', [354]);
    // Dot-stuffing: a line starting with "." gets another, so it cannot end the message early.
    const body = data.replace(/\r\n\./g, '\r\n..').replace(/^\./, '..');
    session.write(`${body}${body.endsWith('\r\n') ? '' : '\r\n'}.\r\n`);
    await session.command(null, [250], 'message');
    await session.command('QUIT', [221]).catch(() => undefined);
  } finally {
    session.end();
  }
}
