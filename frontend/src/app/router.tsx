import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';

import { ImportPage } from '../features/imports/components/ImportPage';
import type { MatchScope } from '../features/matching/api';
import { MatchRunPage } from '../features/matching/components/MatchRunPage';
import { MatchRunsPage } from '../features/matching/components/MatchRunsPage';
import { NewRunPage } from '../features/matching/components/NewRunPage';
import type { Me } from '../features/me/api';
import { ApproveOrderPage } from '../features/mentorships/components/ApproveOrderPage';
import { MentorshipPage } from '../features/mentorships/components/MentorshipPage';
import { MentorshipsPage } from '../features/mentorships/components/MentorshipsPage';
import { OrdersPage } from '../features/mentorships/components/OrdersPage';
import { ParticipantMentorships } from '../features/mentorships/components/ParticipantMentorships';
import { MunicipalitiesPage } from '../features/municipalities/components/MunicipalitiesPage';
import { ParticipantFormPage } from '../features/participants/components/ParticipantFormPage';
import { ParticipantPage } from '../features/participants/components/ParticipantPage';
import { ParticipantsPage } from '../features/participants/components/ParticipantsPage';
import { ParticipantQuestionnaires } from '../features/questionnaires/components/ParticipantQuestionnaires';
import {
  canWriteTemplates,
  QuestionnairesPage,
} from '../features/questionnaires/components/QuestionnairesPage';
import { SummaryPage } from '../features/questionnaires/components/SummaryPage';
import { TemplateBuilderPage } from '../features/questionnaires/components/TemplateBuilder';
import { TemplatePage } from '../features/questionnaires/components/TemplatePage';
import { SchoolFormPage } from '../features/schools/components/SchoolFormPage';
import { SchoolPage } from '../features/schools/components/SchoolPage';
import { SchoolsPage } from '../features/schools/components/SchoolsPage';
import { ErrorPage } from './ErrorPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

/** The programme editor loads only when a pair's page is opened. */
const ProgrammeSection = lazy(() =>
  import('../features/plan/components/ProgrammeSection').then((m) => ({ default: m.ProgrammeSection })),
);

export function homePath(me: Me): string {
  return me.role === 'school' && me.schoolId ? `/schools/${me.schoolId}` : '/schools';
}

/** Participants' personal data stays in their school: only its own users get these pages, pairs included. */
function participantRoutes(schoolId: string) {
  return [
    { path: 'participants', element: <ParticipantsPage schoolId={schoolId} /> },
    { path: 'participants/new', element: <ParticipantFormPage schoolId={schoolId} /> },
    {
      path: 'participants/:id',
      element: (
        <ParticipantPage
          schoolId={schoolId}
          sections={(p) => (
            <>
              <ParticipantQuestionnaires schoolId={schoolId} participant={p} />
              <ParticipantMentorships schoolId={schoolId} participantId={p.id} />
            </>
          )}
        />
      ),
    },
    { path: 'participants/:id/edit', element: <ParticipantFormPage schoolId={schoolId} /> },
    { path: 'mentorships', element: <MentorshipsPage schoolId={schoolId} /> },
    { path: 'mentorships/approve', element: <ApproveOrderPage schoolId={schoolId} /> },
    { path: 'mentorships/orders', element: <OrdersPage schoolId={schoolId} /> },
    {
      path: 'mentorships/:id',
      element: (
        <MentorshipPage
          schoolId={schoolId}
          sections={(m) => (
            <Suspense fallback={<Loader />}>
              <ProgrammeSection schoolId={schoolId} mentorship={m} />
            </Suspense>
          )}
        />
      ),
    },
  ];
}

/**
 * Match runs: a curator's over their school; a municipal coordinator's over the municipality's schools, adult
 * forms only. The same pages serve both.
 */
function matchingRoutes(me: Me) {
  const scope: MatchScope | null =
    me.role === 'school' && me.schoolId
      ? { kind: 'school', id: me.schoolId }
      : me.role === 'municipal' && me.municipalityId
        ? { kind: 'municipality', id: me.municipalityId }
        : null;
  if (!scope) {
    return [];
  }
  return [
    { path: 'matching', element: <MatchRunsPage scope={scope} /> },
    { path: 'matching/new', element: <NewRunPage scope={scope} /> },
    { path: 'matching/:id', element: <MatchRunPage scope={scope} /> },
  ];
}

/** Everyone reads questionnaires; regions and schools write them; a school sees how its people answered. */
function questionnaireRoutes(me: Me) {
  return [
    { path: 'questionnaires', element: <QuestionnairesPage me={me} /> },
    { path: 'questionnaires/:id', element: <TemplatePage me={me} /> },
    ...(canWriteTemplates(me)
      ? [
          { path: 'questionnaires/new', element: <TemplateBuilderPage /> },
          { path: 'questionnaires/:id/edit', element: <TemplateBuilderPage /> },
        ]
      : []),
    ...(me.role === 'school' && me.schoolId
      ? [{ path: 'questionnaires/:id/summary', element: <SummaryPage schoolId={me.schoolId} /> }]
      : []),
  ];
}

export function createRouter(me: Me, onLogout: () => void) {
  return createBrowserRouter([
    {
      path: '/',
      element: <Layout me={me} onLogout={onLogout} />,
      errorElement: <ErrorPage />,
      children: [
        { index: true, element: <Navigate to={homePath(me)} replace /> },
        { path: 'schools', element: <SchoolsPage me={me} /> },
        { path: 'schools/new', element: <SchoolFormPage me={me} /> },
        { path: 'schools/:id', element: <SchoolPage me={me} /> },
        { path: 'schools/:id/edit', element: <SchoolFormPage me={me} /> },
        { path: 'municipalities', element: <MunicipalitiesPage me={me} /> },
        ...(me.role === 'school' && me.schoolId ? participantRoutes(me.schoolId) : []),
        ...questionnaireRoutes(me),
        ...(me.role !== 'portal' ? [{ path: 'imports', element: <ImportPage me={me} /> }] : []),
        ...matchingRoutes(me),
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
