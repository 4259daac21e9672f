import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  mixin,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import type { Observable } from 'rxjs';
import { ApiException } from '../errors/api-exception';

export interface SingleFileUploadOptions {
  /** Largest file accepted, in bytes; multer stops reading at the first byte over it. */
  maxBytes: number;
  /** The limit as people read it ("5 MB"), for the 413 message beside the field. */
  limitLabel: string;
  /** Short text fields allowed beside the file (each at most `fieldSize` bytes). */
  fields: number;
  fieldSize: number;
}

/**
 * An interceptor that reads one multipart `file` into memory (never to disk) and turns multer's errors into the
 * API's own shape: over the size limit → 413 PAYLOAD_TOO_LARGE naming the limit, any other malformed upload → 400
 * with the field `file`. Every upload route uses this one (issue 10: there were two drifting copies).
 */
export function SingleFileUpload(options: SingleFileUploadOptions): Type<NestInterceptor> {
  const MultipartFile = FileInterceptor('file', {
    storage: memoryStorage(),
    // Browsers send file names as raw UTF-8 (日本語.docx); busboy would read them as latin1.
    defParamCharset: 'utf8',
    limits: {
      fileSize: options.maxBytes,
      files: 1,
      fields: options.fields,
      fieldSize: options.fieldSize,
      parts: options.fields + 2,
    },
  });

  @Injectable()
  class SingleFileUploadInterceptor implements NestInterceptor {
    private readonly inner = new MultipartFile();

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await this.inner.intercept(context, next);
      } catch (e) {
        if (e instanceof PayloadTooLargeException) {
          throw new ApiException(413, 'PAYLOAD_TOO_LARGE', { limit: options.limitLabel }, [
            { field: 'file', code: 'fileTooLarge', vars: { limit: options.limitLabel } },
          ]);
        }
        if (e instanceof BadRequestException)
          throw ApiException.badRequest('UPLOAD_INVALID', [{ field: 'file', code: 'uploadInvalid' }]);
        throw e;
      }
    }
  }
  return mixin(SingleFileUploadInterceptor);
}
