import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DocumentExtractionPool } from '@ipgn/document-text';

/**
 * The API's one extraction pool: uploads are read in short-lived, niced child processes, at most cores − 1 at a
 * time with a short queue (beyond it: 503 with Retry-After). Killed with the application.
 */
@Injectable()
export class DocumentExtractor extends DocumentExtractionPool implements OnApplicationShutdown {
  onApplicationShutdown(): void {
    this.close();
  }
}
