import { Injectable } from '@nestjs/common';
import type { PublicCompanyPage } from '@ipgn/drafting';

/** How long a rendered public company page is reused. */
export const PUBLIC_PAGE_TTL_MS = 5_000;
const MAX_PAGES = 1_000;

/**
 * A short-lived in-process cache of public company pages (the investor view's hot path). It only ever holds what
 * the public view computed from `publications`, so it can delay a new publication or answer by at most the TTL —
 * and not even that in this process, which drops the company's page when it publishes or answers — but it can
 * never show anything unpublished. Other API processes see a change within PUBLIC_PAGE_TTL_MS.
 */
@Injectable()
export class PublicPageCache {
  private readonly pages = new Map<string, { expires: number; page: Promise<PublicCompanyPage> }>();

  get(slug: string, load: () => Promise<PublicCompanyPage>, now: number = Date.now()): Promise<PublicCompanyPage> {
    const hit = this.pages.get(slug);
    if (hit && hit.expires > now) return hit.page;
    if (this.pages.size >= MAX_PAGES) {
      for (const [key, entry] of this.pages)
        if (entry.expires <= now || this.pages.size >= MAX_PAGES) this.pages.delete(key);
    }
    const page = load();
    this.pages.set(slug, { expires: now + PUBLIC_PAGE_TTL_MS, page });
    // A failed load (e.g. 404 for a company with nothing published) is not kept.
    page.catch(() => {
      if (this.pages.get(slug)?.page === page) this.pages.delete(slug);
    });
    return page;
  }

  invalidate(slug: string): void {
    this.pages.delete(slug);
  }
}
