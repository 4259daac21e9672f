// Shared by the benchmarks that load the public company page (public-company-page, replicas-scaling): a company
// with published disclosures and public Q&A, made over HTTP as its people would.
import { Session } from './bench-session';

/** Writes, reviews and publishes a CG-report draft (approved by `reviewer`: four-eyes); returns the publication id. */
export async function publishDraft(
  owner: Session,
  reviewer: Session,
  orgId: string,
  language: 'ja' | 'en',
  times: number,
): Promise<string> {
  const draft = await owner.call<{ id: string }>('POST', `/api/orgs/${orgId}/drafts`, { type: 'cg-report', language });
  let version = 1;
  let publicationId = '';
  for (let round = 0; round < times; round++) {
    for (const sectionId of ['sp-3-1-3', 'sp-4-2-2']) {
      const text =
        language === 'ja'
          ? `当社の研究開発費は2026年3月期に${120 + round}億円、売上高研究開発費比率は5%です。取締役会は知財・無形資産への投資を年4回審議しています。`
          : `Our R&D expense was JPY ${12 + round} billion in the fiscal year ended March 2026 (5% of revenue). The board discussed IP investment four times.`;
      version = (
        await owner.call<{ currentVersion: number }>(
          'PUT',
          `/api/orgs/${orgId}/drafts/${draft.id}/sections/${sectionId}`,
          { text, expectedVersion: version },
        )
      ).currentVersion;
    }
    for (const step of ['submit-for-review', 'approve', 'publish']) {
      const res = await (step === 'approve' ? reviewer : owner).call<{ publications: { publicationId: string }[] }>(
        'POST',
        `/api/orgs/${orgId}/drafts/${draft.id}/${step}`,
      );
      publicationId = res.publications.at(-1)?.publicationId ?? publicationId;
    }
  }
  return publicationId;
}

/**
 * A listed company with a public page worth loading: CG reports published in Japanese (twice) and English, and
 * five public Q&A. Returns the page's URL path.
 */
export async function publishCompanyPage(base: string): Promise<string> {
  const owner = new Session(base);
  const stamp = Date.now();
  const me = await owner.call<{ memberships: { organizationId: string }[] }>('POST', '/api/auth/signup', {
    email: `bench-pub-${stamp}@example.test`,
    password: 'correct horse battery',
    displayName: 'Bench',
    organizationName: 'ベンチ公開株式会社',
  });
  const orgId = me.memberships[0]?.organizationId ?? '';
  const org = await owner.call<{ slug: string }>('PATCH', `/api/orgs/${orgId}`, {
    legalNameEn: 'Bench Publishing Co',
    listingStatus: 'prime',
    industry: '3650',
  });
  // A second member approves the owner's drafts (four-eyes).
  const reviewer = new Session(base);
  const invite = await owner.call<{ acceptUrl: string }>('POST', `/api/orgs/${orgId}/invitations`, {
    email: `bench-reviewer-${stamp}@example.test`,
    role: 'reviewer',
  });
  await reviewer.call('POST', '/api/auth/signup', {
    email: `bench-reviewer-${stamp}@example.test`,
    password: 'correct horse battery',
    displayName: 'Reviewer',
  });
  await reviewer.call('POST', `/api/invitations/${new URL(invite.acceptUrl).pathname.split('/').pop()}/accept`);
  const publicationId = await publishDraft(owner, reviewer, orgId, 'ja', 2);
  await publishDraft(owner, reviewer, orgId, 'en', 1);
  const investor = new Session(base);
  await investor.call('POST', '/api/auth/signup', {
    email: `bench-investor-${stamp}@example.test`,
    password: 'correct horse battery',
    displayName: 'Investor',
    accountType: 'investor',
  });
  for (let i = 0; i < 5; i++) {
    const q = await investor.call<{ id: string }>('POST', `/api/public/publications/${publicationId}/questions`, {
      body: `知財投資の配分について質問${i + 1}`,
    });
    await owner.call('POST', `/api/orgs/${orgId}/questions/${q.id}/answer`, {
      body: `回答${i + 1}：統合報告書で開示しています。`,
      makePublic: true,
    });
  }
  return `/api/public/companies/${org.slug}`;
}
