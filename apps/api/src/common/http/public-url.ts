import type { AppConfig } from '../../config/app-config';

/** The origin for links in e-mails: PUBLIC_URL when configured, else the origin the request came in on. */
export function publicUrl(config: AppConfig, requestOrigin: string): string {
  return (config.PUBLIC_URL ?? requestOrigin).replace(/\/+$/, '');
}
