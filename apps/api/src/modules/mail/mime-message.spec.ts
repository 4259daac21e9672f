import { buildMimeMessage, encodeHeaderWord, mailAddress } from './mime-message';
import { parseSmtpUrl } from './smtp-client';

describe('mail: MIME message and SMTP settings', () => {
  it('keeps ASCII headers as they are and encodes Japanese ones in short RFC 2047 words', () => {
    expect(encodeHeaderWord('[IP Governance Navigator] Approved')).toBe('[IP Governance Navigator] Approved');
    const encoded = encodeHeaderWord('【知財ガバナンス・ナビ】レビュー依頼：コーポレート・ガバナンス報告書 記載案');
    const words = encoded.split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
    expect(words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join('')).toBe('【知財ガバナンス・ナビ】レビュー依頼：コーポレート・ガバナンス報告書 記載案');
  });

  it('builds a UTF-8 text message with CRLF lines and a base64 body of at most 76 characters a line', () => {
    const data = buildMimeMessage({ from: '知財ナビ <no-reply@example.jp>', to: 'a@example.jp', subject: '件名', text: '一行目\n二行目', date: new Date('2026-12-01T00:00:00Z') });
    const [head, body] = data.split('\r\n\r\n');
    expect(head).toContain('From: =?UTF-8?B?');
    expect(head).toContain('<no-reply@example.jp>');
    expect(head).toContain('Date: Tue, 01 Dec 2026 00:00:00 +0000');
    expect(head).toMatch(/Message-ID: <[0-9a-f-]+@example\.jp>/);
    expect(body.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    expect(Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe('一行目\r\n二行目');
  });

  it('reads SMTP_URL: TLS from the start for smtps, default ports, credentials decoded', () => {
    expect(parseSmtpUrl('smtp://127.0.0.1:1025')).toEqual({ host: '127.0.0.1', port: 1025, secure: false });
    expect(parseSmtpUrl('smtps://user%40x:p%2Fss@smtp.example.com')).toEqual({ host: 'smtp.example.com', port: 465, secure: true, user: 'user@x', pass: 'p/ss' });
    expect(parseSmtpUrl('smtp://mail.example.com').port).toBe(587);
    expect(mailAddress('Name <a@b.jp>')).toBe('a@b.jp');
    expect(mailAddress('a@b.jp')).toBe('a@b.jp');
  });
});
