import { Injectable } from '@nestjs/common';

/**
 * Whether this instance should still be sent new requests. On SIGTERM it stops being ready first, so that a load
 * balancer polling /api/health takes it out of rotation while it drains the requests it already has.
 */
@Injectable()
export class Readiness {
  private draining = false;

  get isDraining(): boolean {
    return this.draining;
  }

  beginDraining(): void {
    this.draining = true;
  }
}
