import type { AppConfig } from '../../config/app-config';

/**
 * The origin for links in e-mails (invitations, password resets): PUBLIC_URL, required outside development and
 * test; in development the listening address. Never anything from the request (a Host header is the attacker's).
 */
export function publicUrl(config: AppConfig): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/+$/, '');
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`;
}
