import type { Server } from 'node:http';
import { keepIdleConnectionsLongerThanClients } from '../common/http/keep-alive';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from '../app.module';
import type { AppConfig } from '../config/app-config';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter';
import { validationExceptionFactory } from '../common/errors/validation-exception.factory';
import { requestIdOf } from '../common/http/request-id';
import { SafeStringsPipe } from '../common/errors/safe-strings.pipe';
import { assertJsonShape } from '../common/http/json-shape';

export interface CreateAppOptions {
  /** Tests keep logs quiet unless asked. */
  bufferLogs?: boolean;
}

/** Builds the whole HTTP application (used by main.ts and by the integration tests alike). */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    bufferLogs: options.bufferLogs ?? true,
    // Tests and benchmarks run silent: no framework start-up lines either.
    ...(config.LOG_LEVEL === 'silent' && { logger: false }),
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.setGlobalPrefix('api');

  const errors = new AllExceptionsFilter(config.BODY_LIMIT);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'style-src': ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  // The request id first, so that even a body-parser error (413, broken JSON) carries it.
  app.use((req: Request, res: Response, next: NextFunction) => {
    requestIdOf(req, res);
    next();
  });
  app.use(cookieParser());
  // Nest's own body parsers (Express 5, the version Nest runs on), with our size limit.
  // Depth and element caps are checked on the raw bytes before JSON.parse (and so before validation).
  app.useBodyParser('json', {
    limit: config.BODY_LIMIT,
    verify: (_req: Request, _res: Response, buf: Buffer) => assertJsonShape(buf),
  });
  app.useBodyParser('urlencoded', { extended: false, limit: config.BODY_LIMIT });
  // Body-parser errors (too large, broken JSON) happen before Nest's pipeline; answer them in the same shape.
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    errors.catch(err, {
      switchToHttp: () => ({ getRequest: () => req, getResponse: () => res, getNext: () => next }),
    } as never);
  });
  app.useGlobalPipes(
    new SafeStringsPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      stopAtFirstError: false,
      exceptionFactory: validationExceptionFactory,
    }),
  );

  const openApi = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('IP Governance Navigator API')
      .setDescription(
        '知財ガバナンス・ナビ API. State-changing requests need the X-CSRF-Token header from GET /api/auth/csrf.',
      )
      .setVersion('0.1.0')
      .addCookieAuth('ipgn_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs/openapi.json' });

  serveWebApp(app, config.WEB_DIST_DIR);
  keepIdleConnectionsLongerThanClients(app.getHttpServer() as Server);
  return app;
}

/** Serves the built single-page app at / (any non-API path falls back to index.html). */
function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const dir = resolve(webDistDir);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.sendFile(index);
  });
}
