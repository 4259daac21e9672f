import { BadRequestException, Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import type { Observable } from 'rxjs';
import { ApiException } from '../../common/errors/api-exception';
import { MAX_IMPORT_BYTES } from './assessment-transfer-xlsx';

const MultipartFile = FileInterceptor('file', {
  storage: memoryStorage(),
  defParamCharset: 'utf8',
  // One file; multer stops reading at the first byte over the limit.
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 4, fieldSize: 1024, parts: 6 },
});

/** The multipart `file` of an import, in memory: over 1 MB → 413, malformed → 400 (common error shape). */
@Injectable()
export class AssessmentImportUploadInterceptor implements NestInterceptor {
  private readonly inner = new MultipartFile();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.inner.intercept(context, next);
    } catch (e) {
      if (e instanceof PayloadTooLargeException) {
        throw new ApiException(413, 'PAYLOAD_TOO_LARGE', { limit: '1 MB' }, [{ field: 'file', code: 'fileTooLarge', vars: { limit: '1 MB' } }]);
      }
      if (e instanceof BadRequestException) throw ApiException.badRequest('UPLOAD_INVALID', [{ field: 'file', code: 'uploadInvalid' }]);
      throw e;
    }
  }
}
