import { StreamableFile } from '@nestjs/common';
import { contentDisposition, type ExportFile } from './export-file-name';

/** The HTTP answer for an export: its content type and an RFC 6266/5987 attachment name. */
export function exportStreamableFile(file: ExportFile): StreamableFile {
  return new StreamableFile(file.body, { type: file.contentType, disposition: contentDisposition(file.filename) });
}
