import type { landingJa } from './landing-ja';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** Texts of the signed-out landing page (English). */
export const landingEn: Texts<typeof landingJa> = {
  title: 'Put your IP and intangibles into words investors and lenders understand',
  lead: 'Check how your technology, brands, know-how and data turn into earnings, write disclosures that show it, and discuss them with investors. Useful even if you have never heard of the IP/intangible-asset governance guideline.',
  audiencesHeading: 'Who it is for',
  audiences: {
    sme: {
      title: 'Owners of small and medium-sized companies',
      body: 'Answer about 20 minutes of questions and see your hidden strengths, where you are exposed, three next steps you can take this month, and who can help for free.',
      cta: 'Start the SME check',
    },
    listed: {
      title: 'IP, IR and planning teams of listed companies',
      body: "Assess against the guideline's seven actions, have disclosures judged with the sentences that back each point, and draft, approve and export corporate-governance-report and integrated-report text.",
      cta: 'Sign up free',
    },
    investor: {
      title: 'Investors and lenders',
      body: 'Read, compare and question the IP and intangibles disclosures companies publish. Public pages need no account.',
      cta: 'Browse published company disclosures',
      secondCta: 'Create an investor account to check texts you read yourself',
    },
    advisor: {
      title: 'Advisors and consultants',
      body: 'Run workshops in which several departments answer the same questions, and show where their views differ while keeping answers anonymous.',
      cta: 'Sign up as an advisor',
    },
  },
  signInPrompt: 'Already have an account?',
  signIn: 'Sign in',
  disclaimer:
    "The guideline content is this service's own summary of public sources; it is not official text of the Cabinet Office, METI, the JPO or the Tokyo Stock Exchange.",
  companySearch: {
    label: 'Find a company’s published disclosures',
    placeholder: 'Company name or securities code',
    submit: 'Search',
    all: 'See all published companies',
  },
};
