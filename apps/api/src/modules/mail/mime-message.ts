import { randomUUID } from 'node:crypto';

/** The bare address of `Name <addr@host>` or `addr@host` (the SMTP envelope takes only the address). */
export function mailAddress(value: string): string {
  const match = /<([^<>\s]+)>\s*$/.exec(value);
  return (match ? match[1] : value).trim();
}

/** RFC 2047 encoded words for a header value with non-ASCII text, folded so that no line grows too long. */
export function encodeHeaderWord(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    // About 45 bytes a word: "=?UTF-8?B?" + 60 base64 characters + "?=" stays under the 75-character limit.
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

/** `Display Name <addr>` with the display name encoded when it is not ASCII. */
function encodeAddressHeader(value: string): string {
  const match = /^(.*?)\s*<([^<>\s]+)>\s*$/.exec(value);
  if (!match || !match[1]) return value;
  return `${encodeHeaderWord(match[1].replace(/^"|"$/g, ''))} <${match[2]}>`;
}

/**
 * A plain-text UTF-8 e-mail as SMTP DATA: headers, then the body in base64 (safe through any server, whatever
 * its 8-bit support), lines ending in CRLF.
 */
export function buildMimeMessage(input: { from: string; to: string; subject: string; text: string; date?: Date }): string {
  const domain = mailAddress(input.from).split('@')[1] ?? 'localhost';
  const body = Buffer.from(input.text.replace(/\r?\n/g, '\r\n'), 'utf8').toString('base64');
  const headers = [
    `From: ${encodeAddressHeader(input.from)}`,
    `To: ${input.to}`,
    `Subject: ${encodeHeaderWord(input.subject)}`,
    `Date: ${(input.date ?? new Date()).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body.replace(/.{1,76}/g, '$&\r\n')}`;
}
