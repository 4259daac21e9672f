import { Module } from '@nestjs/common';
import { AppConfigModule } from '../../config/app-config.module';
import { CsrfService } from './csrf.service';

/** CSRF tokens: issued by the auth controller, checked by the global CSRF guard (registered in AppModule). */
@Module({ imports: [AppConfigModule], providers: [CsrfService], exports: [CsrfService] })
export class CsrfModule {}
