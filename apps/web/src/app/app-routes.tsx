import { useRoutes, type RouteObject } from 'react-router';
import { HomeRedirect } from '../features/auth/components/home-redirect';
import { RedirectIfSignedIn } from '../features/auth/components/redirect-if-signed-in';
import { RequireAuth } from '../features/auth/components/require-auth';
import { OrganizationLayout } from '../features/organizations/components/organization-layout';
import { NotFoundPage } from '../shared/components/not-found-page';
import { AppLayout } from '../shared/layout/app-layout';
import { lazyPage, page } from './lazy-page';

// Every page is its own chunk, loaded when its route is first visited (first-load budget: docs/benchmarks.md);
// layouts and guards stay in the entry chunk because every route needs them.
const AuditLogPage = lazyPage(() => import('../features/audit/components/audit-log-page'), 'AuditLogPage', [
  'assessment',
]);
const AssessmentsPage = lazyPage(
  () => import('../features/assessment/components/assessments-page'),
  'AssessmentsPage',
  ['assessment'],
);
const QuestionnairePage = lazyPage(
  () => import('../features/assessment/components/questionnaire-page'),
  'QuestionnairePage',
  ['assessment'],
);
const ResultsPage = lazyPage(() => import('../features/assessment/components/results-page'), 'ResultsPage', [
  'assessment',
  'benchmark',
  'sme',
]);
const ReviewPage = lazyPage(() => import('../features/assessment/components/review-page'), 'ReviewPage', [
  'assessment',
]);
const ForgotPasswordPage = lazyPage(
  () => import('../features/auth/components/forgot-password-page'),
  'ForgotPasswordPage',
  [],
);
const ResetPasswordPage = lazyPage(
  () => import('../features/auth/components/reset-password-page'),
  'ResetPasswordPage',
  [],
);
const SignInPage = lazyPage(() => import('../features/auth/components/sign-in-page'), 'SignInPage', []);
const SignUpPage = lazyPage(() => import('../features/auth/components/sign-up-page'), 'SignUpPage', ['sme']);
const AcceptInvitationPage = lazyPage(
  () => import('../features/invitations/components/accept-invitation-page'),
  'AcceptInvitationPage',
  [],
);
const InvestorHomePage = lazyPage(
  () => import('../features/investor/components/investor-home-page'),
  'InvestorHomePage',
  ['disclosures', 'publicDisclosures'],
);
const DisclosureCheckPage = lazyPage(
  () => import('../features/disclosures/components/disclosure-check-page'),
  'DisclosureCheckPage',
  ['disclosures'],
);
const DisclosureCheckResultPage = lazyPage(
  () => import('../features/disclosures/components/disclosure-check-result-page'),
  'DisclosureCheckResultPage',
  ['disclosures'],
);
const MembersPage = lazyPage(() => import('../features/members/components/members-page'), 'MembersPage', []);
const DisclosureComparisonPage = lazyPage(
  () => import('../features/disclosures/components/disclosure-comparison-page'),
  'DisclosureComparisonPage',
  ['disclosures'],
);
const DisclosureResultPage = lazyPage(
  () => import('../features/disclosures/components/disclosure-result-page'),
  'DisclosureResultPage',
  ['disclosures'],
);
const DisclosuresPage = lazyPage(
  () => import('../features/disclosures/components/disclosures-page'),
  'DisclosuresPage',
  ['disclosures'],
);
const CompanyFactsPage = lazyPage(
  () => import('../features/drafts/components/company-facts-page'),
  'CompanyFactsPage',
  ['drafts'],
);
const DraftEditorPage = lazyPage(() => import('../features/drafts/components/draft-editor-page'), 'DraftEditorPage', [
  'disclosures',
  'drafts',
  'sme',
]);
const DraftComparePage = lazyPage(
  () => import('../features/drafts/components/draft-compare-page'),
  'DraftComparePage',
  ['drafts'],
);
const DraftsPage = lazyPage(() => import('../features/drafts/components/drafts-page'), 'DraftsPage', ['drafts']);
const QuestionsPage = lazyPage(() => import('../features/dialogue/components/questions-page'), 'QuestionsPage', [
  'dialogue',
]);
const CompaniesPage = lazyPage(
  () => import('../features/public-disclosures/components/companies-page'),
  'CompaniesPage',
  ['publicDisclosures'],
);
const ComparePage = lazyPage(() => import('../features/public-disclosures/components/compare-page'), 'ComparePage', [
  'disclosures',
  'publicDisclosures',
]);
const CompanyPage = lazyPage(() => import('../features/public-disclosures/components/company-page'), 'CompanyPage', [
  'benchmark',
  'disclosures',
  'drafts',
  'publicDisclosures',
]);
const PublicationPage = lazyPage(
  () => import('../features/public-disclosures/components/publication-page'),
  'PublicationPage',
  ['disclosures', 'drafts', 'publicDisclosures'],
);
const CreateOrganizationPage = lazyPage(
  () => import('../features/organizations/components/create-organization-page'),
  'CreateOrganizationPage',
  ['sme'],
);
const OrganizationHomePage = lazyPage(
  () => import('../features/organizations/components/organization-home-page'),
  'OrganizationHomePage',
  ['sme'],
);
const OrganizationProfilePage = lazyPage(
  () => import('../features/organizations/components/organization-profile-page'),
  'OrganizationProfilePage',
  ['benchmark'],
);
const AdvisorClientsPage = lazyPage(
  () => import('../features/workshops/components/advisor-clients-page'),
  'AdvisorClientsPage',
  ['assessment', 'workshops'],
);
const JoinPage = lazyPage(() => import('../features/workshops/components/join-page'), 'JoinPage', ['workshops']);
const ParticipantPage = lazyPage(() => import('../features/workshops/components/participant-page'), 'ParticipantPage', [
  'workshops',
]);
const PresenterPage = lazyPage(() => import('../features/workshops/components/presenter-page'), 'PresenterPage', [
  'workshops',
]);
const WorkshopConsolePage = lazyPage(
  () => import('../features/workshops/components/workshop-console-page'),
  'WorkshopConsolePage',
  ['assessment', 'workshops'],
);
const WorkshopsPage = lazyPage(() => import('../features/workshops/components/workshops-page'), 'WorkshopsPage', [
  'assessment',
  'workshops',
]);

export const appRoutes: RouteObject[] = [
  {
    // The presenter view fills the projector: no app chrome (no user name, no sign-out) around it.
    element: <RequireAuth />,
    children: [{ path: 'o/:orgId/workshops/:workshopId/present', element: page(<PresenterPage />) }],
  },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <RedirectIfSignedIn />,
        children: [
          { path: 'sign-in', element: page(<SignInPage />) },
          { path: 'sign-up', element: page(<SignUpPage />) },
        ],
      },
      { path: 'forgot-password', element: page(<ForgotPasswordPage />) },
      { path: 'reset-password', element: page(<ResetPasswordPage />) },
      { path: 'invitations/:token', element: page(<AcceptInvitationPage />) },
      { path: 'companies', element: page(<CompaniesPage />) },
      { path: 'companies/compare', element: page(<ComparePage />) },
      { path: 'companies/:slug', element: page(<CompanyPage />) },
      { path: 'companies/:slug/publications/:publicationId', element: page(<PublicationPage />) },
      { path: 'join', element: page(<JoinPage />) },
      { path: 'join/:code', element: page(<JoinPage />) },
      { path: 'participate', element: page(<ParticipantPage />) },
      {
        element: <RequireAuth />,
        children: [
          { path: 'organizations/new', element: page(<CreateOrganizationPage />) },
          { path: 'investor', element: page(<InvestorHomePage />) },
          { path: 'investor/checks', element: page(<DisclosureCheckPage />) },
          { path: 'investor/checks/compare/:fromId/:toId', element: page(<DisclosureComparisonPage />) },
          { path: 'investor/checks/:checkId', element: page(<DisclosureCheckResultPage />) },
          { path: 'advisor', element: page(<AdvisorClientsPage />) },
          {
            path: 'o/:orgId',
            element: <OrganizationLayout />,
            children: [
              { index: true, element: page(<OrganizationHomePage />) },
              { path: 'profile', element: page(<OrganizationProfilePage />) },
              { path: 'members', element: page(<MembersPage />) },
              { path: 'audit', element: page(<AuditLogPage />) },
              { path: 'disclosures', element: page(<DisclosuresPage />) },
              { path: 'disclosures/compare/:fromId/:toId', element: page(<DisclosureComparisonPage />) },
              { path: 'disclosures/:disclosureId', element: page(<DisclosureResultPage />) },
              { path: 'drafts', element: page(<DraftsPage />) },
              { path: 'drafts/facts', element: page(<CompanyFactsPage />) },
              { path: 'drafts/:draftId', element: page(<DraftEditorPage />) },
              { path: 'drafts/:draftId/compare/:from/:to', element: page(<DraftComparePage />) },
              { path: 'questions', element: page(<QuestionsPage />) },
              { path: 'assessments', element: page(<AssessmentsPage />) },
              { path: 'assessments/:assessmentId', element: page(<QuestionnairePage />) },
              { path: 'assessments/:assessmentId/results', element: page(<ResultsPage />) },
              { path: 'assessments/:assessmentId/review', element: page(<ReviewPage />) },
              { path: 'workshops', element: page(<WorkshopsPage />) },
              { path: 'workshops/:workshopId/console', element: page(<WorkshopConsolePage />) },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The route table as an element (declarative routing: no data APIs needed, so it also runs in jsdom). */
export function AppRoutes() {
  return useRoutes(appRoutes);
}
