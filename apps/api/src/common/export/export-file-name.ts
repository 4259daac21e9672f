import { isoDate } from './format-values';

export interface ExportFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly filename: string;
}

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
} as const;
export type ExportExtension = keyof typeof CONTENT_TYPES;

/** Characters no file system or browser accepts in a name, control characters, and runs of white space. */
// eslint-disable-next-line no-control-regex -- control characters are what must go
const UNSAFE = /[\u0000-\u001F\u007F"*/:<>?\\|]+/g;

/** "<company>_<what>_<YYYY-MM-DD>.<ext>": the company's name and the date (Asia/Tokyo), safe as a file name. */
export function exportFileName(company: string, what: string, at: Date, ext: ExportExtension): string {
  const clean = (s: string) => s.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, 80);
  const parts = [clean(company), clean(what), isoDate(at)].filter((p) => p.length > 0);
  return `${parts.join('_')}.${ext}`;
}

/** RFC 6266 Content-Disposition with an ASCII fallback and the real name as RFC 5987 `filename*`. */
export function contentDisposition(filename: string): string {
  const ext = filename.slice(filename.lastIndexOf('.'));
  const date = /\d{4}-\d{2}-\d{2}(?=\.\w+$)/.exec(filename)?.[0];
  // Old clients that ignore filename* get the name itself when it is printable ASCII, else "export_<date>.<ext>".
  const fallback =
    /^[\x20-\x7E]+$/.test(filename) && !/["\\%;]/.test(filename) ? filename : `export${date ? `_${date}` : ''}${ext}`;
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function exportFile(body: Buffer, filename: string, ext: ExportExtension): ExportFile {
  return { body, contentType: CONTENT_TYPES[ext], filename };
}
