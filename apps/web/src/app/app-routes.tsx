import { useRoutes, type RouteObject } from 'react-router';
import { AuditLogPage } from '../features/audit/components/audit-log-page';
import { AssessmentsPage } from '../features/assessment/components/assessments-page';
import { QuestionnairePage } from '../features/assessment/components/questionnaire-page';
import { ResultsPage } from '../features/assessment/components/results-page';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page';
import { HomeRedirect } from '../features/auth/components/home-redirect';
import { RedirectIfSignedIn } from '../features/auth/components/redirect-if-signed-in';
import { RequireAuth } from '../features/auth/components/require-auth';
import { ResetPasswordPage } from '../features/auth/components/reset-password-page';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { SignUpPage } from '../features/auth/components/sign-up-page';
import { AcceptInvitationPage } from '../features/invitations/components/accept-invitation-page';
import { InvestorHomePage } from '../features/investor/components/investor-home-page';
import { MembersPage } from '../features/members/components/members-page';
import { DisclosureComparisonPage } from '../features/disclosures/components/disclosure-comparison-page';
import { DisclosureResultPage } from '../features/disclosures/components/disclosure-result-page';
import { DisclosuresPage } from '../features/disclosures/components/disclosures-page';
import { CompanyFactsPage } from '../features/drafts/components/company-facts-page';
import { DraftEditorPage } from '../features/drafts/components/draft-editor-page';
import { DraftsPage } from '../features/drafts/components/drafts-page';
import { QuestionsPage } from '../features/dialogue/components/questions-page';
import { CompaniesPage } from '../features/public-disclosures/components/companies-page';
import { ComparePage } from '../features/public-disclosures/components/compare-page';
import { CompanyPage } from '../features/public-disclosures/components/company-page';
import { PublicationPage } from '../features/public-disclosures/components/publication-page';
import { CreateOrganizationPage } from '../features/organizations/components/create-organization-page';
import { OrganizationHomePage } from '../features/organizations/components/organization-home-page';
import { OrganizationLayout } from '../features/organizations/components/organization-layout';
import { OrganizationProfilePage } from '../features/organizations/components/organization-profile-page';
import { AdvisorClientsPage } from '../features/workshops/components/advisor-clients-page';
import { JoinPage } from '../features/workshops/components/join-page';
import { ParticipantPage } from '../features/workshops/components/participant-page';
import { WorkshopConsolePage } from '../features/workshops/components/workshop-console-page';
import { WorkshopsPage } from '../features/workshops/components/workshops-page';
import { NotFoundPage } from '../shared/components/not-found-page';
import { AppLayout } from '../shared/layout/app-layout';

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <RedirectIfSignedIn />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
        ],
      },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'invitations/:token', element: <AcceptInvitationPage /> },
      { path: 'companies', element: <CompaniesPage /> },
      { path: 'companies/compare', element: <ComparePage /> },
      { path: 'companies/:slug', element: <CompanyPage /> },
      { path: 'companies/:slug/publications/:publicationId', element: <PublicationPage /> },
      { path: 'join', element: <JoinPage /> },
      { path: 'join/:code', element: <JoinPage /> },
      { path: 'participate', element: <ParticipantPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: 'organizations/new', element: <CreateOrganizationPage /> },
          { path: 'investor', element: <InvestorHomePage /> },
          { path: 'advisor', element: <AdvisorClientsPage /> },
          {
            path: 'o/:orgId',
            element: <OrganizationLayout />,
            children: [
              { index: true, element: <OrganizationHomePage /> },
              { path: 'profile', element: <OrganizationProfilePage /> },
              { path: 'members', element: <MembersPage /> },
              { path: 'audit', element: <AuditLogPage /> },
              { path: 'disclosures', element: <DisclosuresPage /> },
              { path: 'disclosures/compare/:fromId/:toId', element: <DisclosureComparisonPage /> },
              { path: 'disclosures/:disclosureId', element: <DisclosureResultPage /> },
              { path: 'drafts', element: <DraftsPage /> },
              { path: 'drafts/facts', element: <CompanyFactsPage /> },
              { path: 'drafts/:draftId', element: <DraftEditorPage /> },
              { path: 'questions', element: <QuestionsPage /> },
              { path: 'assessments', element: <AssessmentsPage /> },
              { path: 'assessments/:assessmentId', element: <QuestionnairePage /> },
              { path: 'assessments/:assessmentId/results', element: <ResultsPage /> },
              { path: 'workshops', element: <WorkshopsPage /> },
              { path: 'workshops/:workshopId/console', element: <WorkshopConsolePage /> },
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
