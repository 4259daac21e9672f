import type { AppConfig } from '../../config/app-config';

/** An LLM endpoint is configured (AI_REWRITE_URL + AI_REWRITE_MODEL); without it no second opinion is ever asked. */
export function secondOpinionConfigured(config: AppConfig): boolean {
  return Boolean(config.AI_REWRITE_URL && config.AI_REWRITE_MODEL);
}
