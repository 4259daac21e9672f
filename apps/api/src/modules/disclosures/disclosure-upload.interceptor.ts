import { BadRequestException, Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import type { Observable } from 'rxjs';
import { ApiException } from '../../common/errors/api-exception';
import { MAX_DISCLOSURE_UPLOAD_BYTES } from './disclosure-types';

const MultipartFile = FileInterceptor('file', {
  storage: memoryStorage(),
  // Browsers send file names as raw UTF-8 (日本語.docx); busboy would read them as latin1.
  defParamCharset: 'utf8',
  // One file, a few short text fields; multer stops reading at the first byte over the limit.
  limits: { fileSize: MAX_DISCLOSURE_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
});

/**
 * Reads the multipart `file` into memory (never to disk) and turns multer's errors into the API's own shape:
 * over the size limit → 413 PAYLOAD_TOO_LARGE, any other malformed upload → 400 with the field `file`.
 */
@Injectable()
export class DisclosureUploadInterceptor implements NestInterceptor {
  private readonly inner = new MultipartFile();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.inner.intercept(context, next);
    } catch (e) {
      if (e instanceof PayloadTooLargeException) {
        throw new ApiException(413, 'PAYLOAD_TOO_LARGE', { limit: '5 MB' }, [{ field: 'file', code: 'fileTooLarge', vars: { limit: '5 MB' } }]);
      }
      if (e instanceof BadRequestException) throw ApiException.badRequest('UPLOAD_INVALID', [{ field: 'file', code: 'uploadInvalid' }]);
      throw e;
    }
  }
}
