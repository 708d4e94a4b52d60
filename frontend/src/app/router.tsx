import { createBrowserRouter, Navigate } from 'react-router';

import { ImportPage } from '../features/imports/components/ImportPage';
import type { Me } from '../features/me/api';
import { MunicipalitiesPage } from '../features/municipalities/components/MunicipalitiesPage';
import { ParticipantFormPage } from '../features/participants/components/ParticipantFormPage';
import { ParticipantPage } from '../features/participants/components/ParticipantPage';
import { ParticipantsPage } from '../features/participants/components/ParticipantsPage';
import { SchoolFormPage } from '../features/schools/components/SchoolFormPage';
import { SchoolPage } from '../features/schools/components/SchoolPage';
import { SchoolsPage } from '../features/schools/components/SchoolsPage';
import { ErrorPage } from './ErrorPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

export function homePath(me: Me): string {
  return me.role === 'school' && me.schoolId ? `/schools/${me.schoolId}` : '/schools';
}

/** Participants' personal data stays in their school: only its own users get these pages. */
function participantRoutes(schoolId: string) {
  return [
    { path: 'participants', element: <ParticipantsPage schoolId={schoolId} /> },
    { path: 'participants/new', element: <ParticipantFormPage schoolId={schoolId} /> },
    { path: 'participants/:id', element: <ParticipantPage schoolId={schoolId} /> },
    { path: 'participants/:id/edit', element: <ParticipantFormPage schoolId={schoolId} /> },
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
        ...(me.role !== 'portal' ? [{ path: 'imports', element: <ImportPage me={me} /> }] : []),
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
