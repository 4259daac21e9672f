import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

/**
 * Every setting the API reads from the environment, validated once at start. The API refuses to boot on a
 * bad value and says which variable is wrong (see `.env.example`).
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** A real PostgreSQL server. When unset the API starts an embedded PostgreSQL (PGlite). */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  /** Data directory of the embedded database. */
  @IsString()
  PGLITE_DIR = './data/pglite';

  /** Where the API keeps files of its own (dev mail outbox, exports). */
  @IsString()
  DATA_DIR = './data';

  /**
   * Outgoing mail server: `smtp://[user:pass@]host:port` (plain, e.g. a local Mailpit on :1025) or
   * `smtps://…:465` (TLS). Unset: mail is written to the log and DATA_DIR/outbox.jsonl instead (development).
   */
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true, require_valid_protocol: true })
  SMTP_URL?: string;

  /** The sender of every e-mail (the From header and the envelope). */
  @IsString()
  MAIL_FROM = 'IP Governance Navigator <no-reply@localhost>';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_SIZE = 10;

  /**
   * Public origin used in links sent by e-mail (invitations, password resets). Required when NODE_ENV is
   * production; in development and test it defaults to http://HOST:PORT (never to a request's Host header).
   */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  /** Secret for CSRF tokens; generated per process when unset (sessions survive restarts, CSRF tokens are re-fetched). */
  @IsOptional()
  @IsString()
  @MinLength(32)
  CSRF_SECRET?: string;

  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE = false;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_TTL_HOURS = 24 * 14;

  /**
   * How long an instance may reuse a session it has read (user, memberships) without asking the database again.
   * Sign-out, password reset and role or membership changes reach every instance at once (LISTEN/NOTIFY); this
   * is only the safety net for a change made outside the API. 0 reads the session on every request.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300_000)
  SESSION_CACHE_TTL_MS = 30_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_THROTTLE_LIMIT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  LOGIN_THROTTLE_TTL_MS = 60_000;

  /** Sign-in attempts per account (e-mail) from all addresses together, per LOGIN_LIMIT_WINDOW_MS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ACCOUNT_LIMIT = 20;

  /** Sign-in, sign-up and reset attempts per client address across all accounts, per LOGIN_LIMIT_WINDOW_MS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ADDRESS_LIMIT = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  LOGIN_LIMIT_WINDOW_MS = 15 * 60_000;

  /**
   * Disclosure texts one account may have judged per JUDGE_LIMIT_WINDOW_MS: an organization's paste and upload and an
   * investor's own checks together, in every organization together (decision 0022). An analyst working through a
   * sector fits; a script looping does not.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  JUDGE_ACCOUNT_LIMIT = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  JUDGE_LIMIT_WINDOW_MS = 10 * 60_000;

  /**
   * Requests to the operator's LLM endpoint (AI_REWRITE_URL: second opinions and AI rewrites together) one account
   * may make per AI_LIMIT_WINDOW_MS. Each costs the operator money; a writer asking once per section of a draft fits.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AI_ACCOUNT_LIMIT = 20;

  /** The same requests from all the members of one organization together, per AI_LIMIT_WINDOW_MS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AI_ORGANIZATION_LIMIT = 60;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  AI_LIMIT_WINDOW_MS = 60 * 60_000;

  /**
   * On SIGTERM, how long the instance answers /api/health with 503 while still serving, before it closes: long
   * enough for a load balancer's health check to take it out of rotation (2–3 check intervals). 0 in development.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  SHUTDOWN_DRAIN_MS = 0;

  /** Password hashes computed at once (argon2id, 19 MiB each); more wait in a queue of 8 × this, then 503. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  PASSWORD_HASH_CONCURRENCY = 2;

  /** Wall-time cap of reading one uploaded document (the extraction process is killed when it passes). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(300_000)
  EXTRACTION_TIMEOUT_MS = 15_000;

  @IsString()
  BODY_LIMIT = '1mb';

  /** Seconds between runs of the industry-benchmark snapshot job in the API process (daily); 0 turns the schedule off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3600)
  BENCHMARK_SNAPSHOT_INTERVAL_SECONDS = 24 * 3600;

  /** Create the demo organization and users on an empty database. Off unless asked for (`npm start` asks). */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = false;

  /** Directory of the built web app; served at / when it exists. */
  @IsString()
  WEB_DIST_DIR = 'dist/apps/web';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Optional AI rewrite of draft sections: an OpenAI-compatible chat-completions URL. Unset (the default) turns
   * the feature off and no draft text ever leaves the server.
   */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  AI_REWRITE_URL?: string;

  /** The model name sent to AI_REWRITE_URL; required when the URL is set. */
  @ValidateIf((c: AppConfig) => c.AI_REWRITE_URL !== undefined || c.AI_REWRITE_MODEL !== undefined)
  @IsString()
  @MinLength(1)
  AI_REWRITE_MODEL?: string;

  /** Bearer token for AI_REWRITE_URL, when the endpoint needs one. */
  @IsOptional()
  @IsString()
  AI_REWRITE_API_KEY?: string;

  /**
   * How long the LLM second opinion on a scored disclosure (same endpoint as AI_REWRITE_URL) may take before the
   * page says "second opinion unavailable".
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  AI_SECOND_OPINION_TIMEOUT_MS = 30_000;
}

export class ConfigError extends Error {}

/**
 * Reads and validates the environment; throws a ConfigError naming every bad variable. The variables read are the
 * properties of AppConfig (any other variable is ignored); an empty value counts as unset.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') raw[key] = value;
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: true });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (config.NODE_ENV === 'production' && !config.PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL is required when NODE_ENV=production: links in e-mails (password resets, invitations) are built from it, never from request headers.',
    );
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
