import { Grid, Loader } from '@mantine/core';
import { lazy, Suspense, useMemo, type FunctionComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useRoutes, type RouteObject } from 'react-router';

import type { MatchScope } from '../features/matching/api';
import { canWriteTemplates, type Me } from '../features/me/api';
import { levelBelow, levelSegment, type Owner } from '../features/roadmaps/owner';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { SectionOnRequest } from '../components/ui/SectionOnRequest';
import { loadStrings } from '../lib/i18n';
import { ownPlace } from '../lib/ownPlace';
import type { Feature } from '../locales/bundles';

/**
 * Where each role lands after login: a curator on the own school, regional and municipal coordinators on their
 * dashboard, the portal's account on what the portal receives; a coordinator without a municipality on the list of
 * schools.
 */
export function homePath(me: Me): string {
  if (me.role === 'portal') {
    return '/portal';
  }
  if (me.role === 'school' && me.schoolId) {
    return `/schools/${me.schoolId}`;
  }
  if (me.role === 'regional' || (me.role === 'municipal' && me.municipalityId)) {
    return '/monitoring';
  }
  return '/schools';
}

/**
 * A page whose code is fetched the first time it is visited, in a chunk of its own, so that the first page after
 * login loads only what it draws, and with it the strings of its feature (`locales/bundles.ts`). Layout shows a
 * loader meanwhile and the error page if the chunk fails to load.
 */
function page<P extends object>(features: Feature[], load: () => Promise<FunctionComponent<P>>) {
  return lazy(() => Promise.all([load(), loadStrings(features)]).then(([Page]) => ({ default: Page })));
}

const PortalPage = page(['portal'], () =>
  import('../features/portal/components/PortalPage').then((m) => m.PortalPage),
);
const SchoolsPage = page(['schools'], () =>
  import('../features/schools/components/SchoolsPage').then((m) => m.SchoolsPage),
);
const SchoolPage = page(['schools'], () =>
  import('../features/schools/components/SchoolPage').then((m) => m.SchoolPage),
);
const SchoolFigures = page(['monitoring'], () =>
  import('../features/monitoring/components/SchoolFigures').then((m) => m.SchoolFigures),
);
const SchoolImpact = page(['completion'], () =>
  import('../features/completion/components/SchoolImpact').then((m) => m.SchoolImpact),
);
/**
 * A curator's own school, their home: what needs the curator, the school's own figures beside it (fetched in
 * parallel with the worklist's data), and the impact of its completed programmes on request, which keeps the first
 * view after login within its budget.
 */
const OwnSchoolPage = lazy(async () => {
  const [{ SchoolPage: Page }, { Worklist }, { OverdueCard }] = await Promise.all([
    import('../features/schools/components/SchoolPage'),
    import('../features/home/components/Worklist'),
    import('../features/roadmaps/components/OverdueCard'),
    loadStrings(['schools', 'home', 'roadmaps']),
  ]);
  return {
    default: function OwnSchool({ me }: { me: Me }) {
      const { t } = useTranslation();
      return (
        <Page
          me={me}
          sections={(school) =>
            school.id === me.schoolId && (
              <>
                <OverdueCard me={me} />
                <Grid>
                  <Grid.Col span={{ base: 12, xl: 5 }}>
                    <Worklist schoolId={school.id} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, xl: 7 }}>
                    <Suspense fallback={<Loader role="status" aria-label={t('home.figures')} />}>
                      <SchoolFigures schoolId={school.id} />
                    </Suspense>
                  </Grid.Col>
                </Grid>
                <SectionOnRequest title={t('home.impact')}>
                  <SchoolImpact schoolId={school.id} />
                </SectionOnRequest>
              </>
            )
          }
        />
      );
    },
  };
});
const SchoolFormPage = page(['schools'], () =>
  import('../features/schools/components/SchoolFormPage').then((m) => m.SchoolFormPage),
);
const MunicipalitiesPage = page(['municipalities'], () =>
  import('../features/municipalities/components/MunicipalitiesPage').then((m) => m.MunicipalitiesPage),
);
const ParticipantsPage = page(['participants'], () =>
  import('../features/participants/components/ParticipantsPage').then((m) => m.ParticipantsPage),
);
const ParticipantFormPage = page(['participants'], () =>
  import('../features/participants/components/ParticipantFormPage').then((m) => m.ParticipantFormPage),
);
/** The participant's card with the sections other features add to it. */
const ParticipantPage = lazy(async () => {
  const [
    { ParticipantPage: Page },
    { ParticipantQuestionnaires },
    { ParticipantMentorships },
    { ParticipantRewards },
  ] = await Promise.all([
    import('../features/participants/components/ParticipantPage'),
    import('../features/questionnaires/components/ParticipantQuestionnaires'),
    import('../features/mentorships/components/ParticipantMentorships'),
    import('../features/recognition/components/ParticipantRewards'),
    loadStrings(['participants', 'questionnaires', 'mentorships', 'recognition']),
  ]);
  return {
    default: ({ schoolId }: { schoolId: string }) => (
      <Page
        schoolId={schoolId}
        sections={(p) => (
          <>
            <ParticipantQuestionnaires schoolId={schoolId} participant={p} />
            <ParticipantMentorships schoolId={schoolId} participantId={p.id} />
            <ParticipantRewards schoolId={schoolId} participant={p} />
          </>
        )}
      />
    ),
  };
});
const MentorshipsPage = page(['mentorships'], () =>
  import('../features/mentorships/components/MentorshipsPage').then((m) => m.MentorshipsPage),
);
const ApproveOrderPage = page(['mentorships'], () =>
  import('../features/mentorships/components/ApproveOrderPage').then((m) => m.ApproveOrderPage),
);
const OrdersPage = page(['mentorships'], () =>
  import('../features/mentorships/components/OrdersPage').then((m) => m.OrdersPage),
);
/** The pair's page with the sections other features add to it, and the completion wizard in place of a plain "complete". */
const MentorshipPage = lazy(async () => {
  const [
    { MentorshipPage: Page },
    { ProgrammeSection },
    { DiarySection },
    { FeedbackSection },
    { CompleteButton },
    { CompletionSection },
    { PairTimeline },
    { PairRewards },
  ] = await Promise.all([
    import('../features/mentorships/components/MentorshipPage'),
    import('../features/plan/components/ProgrammeSection'),
    import('../features/diary/components/DiarySection'),
    import('../features/feedback/components/FeedbackSection'),
    import('../features/completion/components/CompleteButton'),
    import('../features/completion/components/CompletionSection'),
    import('../features/home/components/PairTimeline'),
    import('../features/recognition/components/PairRewards'),
    loadStrings(['mentorships', 'plan', 'diary', 'feedback', 'completion', 'home', 'recognition']),
  ]);
  return {
    default: ({ schoolId }: { schoolId: string }) => (
      <Page
        schoolId={schoolId}
        completeAction={(m) => <CompleteButton schoolId={schoolId} mentorship={m} />}
        sections={(m) => (
          <>
            <ProgrammeSection schoolId={schoolId} mentorship={m} />
            <DiarySection schoolId={schoolId} mentorship={m} />
            <FeedbackSection schoolId={schoolId} mentorship={m} />
            <CompletionSection schoolId={schoolId} mentorship={m} />
            <PairRewards schoolId={schoolId} mentorshipId={m.id} />
            <PairTimeline schoolId={schoolId} mentorshipId={m.id} />
          </>
        )}
      />
    ),
  };
});
const MatchRunsPage = page(['matching'], () =>
  import('../features/matching/components/MatchRunsPage').then((m) => m.MatchRunsPage),
);
const NewRunPage = page(['matching'], () =>
  import('../features/matching/components/NewRunPage').then((m) => m.NewRunPage),
);
const MatchRunPage = page(['matching'], () =>
  import('../features/matching/components/MatchRunPage').then((m) => m.MatchRunPage),
);
const QuestionnairesPage = page(['questionnaires'], () =>
  import('../features/questionnaires/components/QuestionnairesPage').then((m) => m.QuestionnairesPage),
);
const TemplatePage = page(['questionnaires'], () =>
  import('../features/questionnaires/components/TemplatePage').then((m) => m.TemplatePage),
);
const TemplateBuilderPage = page(['questionnaires'], () =>
  import('../features/questionnaires/components/TemplateBuilder').then((m) => m.TemplateBuilderPage),
);
const SummaryPage = page(['questionnaires'], () =>
  import('../features/questionnaires/components/SummaryPage').then((m) => m.SummaryPage),
);
const ImportPage = page(['imports'], () =>
  import('../features/imports/components/ImportPage').then((m) => m.ImportPage),
);
const monitoring = () => import('../features/monitoring/components/pages');
/**
 * The dashboard, home of the regional and municipal coordinators: the figures, and the current campaign's reports
 * for those who take part in the campaigns (not the portal).
 */
const MonitoringPage = lazy(async () => {
  const [{ MonitoringPage: Page }, { CampaignStatus }, { OverdueCard }] = await Promise.all([
    monitoring(),
    import('../features/reporting/components/CampaignStatus'),
    import('../features/roadmaps/components/OverdueCard'),
    loadStrings(['monitoring', 'reporting', 'roadmaps']),
  ]);
  return {
    default: ({ me }: { me: Me }) =>
      me.role === 'portal' ? (
        <Page me={me} />
      ) : (
        <Page me={me} roadmaps={<OverdueCard me={me} />} campaigns={<CampaignStatus me={me} />} />
      ),
  };
});
const MunicipalityMonitoringPage = page(['monitoring'], () =>
  monitoring().then((m) => m.MunicipalityMonitoringPage),
);
const SchoolMonitoringPage = page(['monitoring'], () => monitoring().then((m) => m.SchoolMonitoringPage));
// Its form stays out of the dashboard's chunk, which is the first page of the region.
const TargetsPage = page(['monitoring'], () =>
  import('../features/monitoring/components/TargetsPage').then((m) => m.TargetsPage),
);
const recognition = () => import('../features/recognition/components/pages');
const RewardsPage = page(['recognition'], () => recognition().then((m) => m.RewardsPage));
const BestPracticesPage = page(['recognition'], () => recognition().then((m) => m.BestPracticesPage));
const BestPracticePage = page(['recognition'], () => recognition().then((m) => m.BestPracticePage));
const PublishedPracticesPage = page(['recognition'], () =>
  recognition().then((m) => m.PublishedPracticesPage),
);
const PublishedPracticePage = page(['recognition'], () => recognition().then((m) => m.PublishedPracticePage));
const roadmaps = () => import('../features/roadmaps/components/pages');
const RoadmapsPage = page(['roadmaps'], () => roadmaps().then((m) => m.RoadmapsPage));
const BelowRoadmapsPage = page(['roadmaps'], () => roadmaps().then((m) => m.BelowRoadmapsPage));
const BelowRoadmapPage = page(['roadmaps'], () => roadmaps().then((m) => m.BelowRoadmapPage));
/** The user's own roadmap, with the upload of a table into it through the imports. */
const OwnRoadmapPage = lazy(async () => {
  const [{ RoadmapPage: Page }, { RoadmapUpload }] = await Promise.all([
    roadmaps(),
    import('../features/imports/components/RoadmapUpload'),
    loadStrings(['roadmaps', 'imports']),
  ]);
  return {
    default: ({ owner }: { owner: Owner }) => (
      <Page owner={owner} editable upload={(props) => <RoadmapUpload {...props} />} />
    ),
  };
});
const AuditPage = page(['audit'], () =>
  import('../features/audit/components/AuditPage').then((m) => m.AuditPage),
);
const registry = () => import('../features/registry/components/pages');
const NominationsPage = page(['registry'], () => registry().then((m) => m.NominationsPage));
const NominationPage = page(['registry'], () => registry().then((m) => m.NominationPage));
const NominationReviewPage = page(['registry'], () => registry().then((m) => m.ReviewPage));
const MentorRegistryPage = page(['registry'], () => registry().then((m) => m.RegistryPage));
const events = () => import('../features/events/components/pages');
const EventsPage = page(['events'], () => events().then((m) => m.EventsPage));
const EventPage = page(['events'], () => events().then((m) => m.EventPage));
const reporting = () => import('../features/reporting/components/pages');
const CampaignsPage = page(['reporting'], () => reporting().then((m) => m.CampaignsPage));
const CampaignPage = page(['reporting'], () => reporting().then((m) => m.CampaignPage));
const ReportPage = page(['reporting'], () => reporting().then((m) => m.ReportPage));

/** Participants' personal data stays in their school: only its own users get these pages, pairs included. */
function participantRoutes(schoolId: string): RouteObject[] {
  return [
    { path: 'participants', element: <ParticipantsPage schoolId={schoolId} /> },
    { path: 'participants/new', element: <ParticipantFormPage schoolId={schoolId} /> },
    { path: 'participants/:id', element: <ParticipantPage schoolId={schoolId} /> },
    { path: 'participants/:id/edit', element: <ParticipantFormPage schoolId={schoolId} /> },
    { path: 'mentorships', element: <MentorshipsPage schoolId={schoolId} /> },
    { path: 'mentorships/approve', element: <ApproveOrderPage schoolId={schoolId} /> },
    { path: 'mentorships/orders', element: <OrdersPage schoolId={schoolId} /> },
    { path: 'mentorships/:id', element: <MentorshipPage schoolId={schoolId} /> },
  ];
}

/**
 * Match runs: a curator's over their school; a municipal coordinator's over the municipality's schools, adult
 * forms only. The same pages serve both.
 */
function matchingRoutes(me: Me): RouteObject[] {
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
function questionnaireRoutes(me: Me): RouteObject[] {
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

/**
 * Rewards and best practices. A school keeps its own; the municipal coordinator reviews its schools' practices; the
 * region reads the bank. The same addresses serve each role.
 */
function recognitionRoutes(me: Me): RouteObject[] {
  if (me.role === 'school' && me.schoolId) {
    const schoolId = me.schoolId;
    return [
      { path: 'rewards', element: <RewardsPage schoolId={schoolId} /> },
      { path: 'best-practices', element: <BestPracticesPage schoolId={schoolId} /> },
      { path: 'best-practices/:id', element: <BestPracticePage schoolId={schoolId} /> },
    ];
  }
  const scope =
    me.role === 'municipal' && me.municipalityId
      ? ({ kind: 'municipality', id: me.municipalityId } as const)
      : me.role === 'regional'
        ? ({ kind: 'region', id: me.regionId } as const)
        : null;
  if (!scope) {
    return [];
  }
  return [
    { path: 'best-practices', element: <PublishedPracticesPage scope={scope} /> },
    { path: 'best-practices/:id', element: <PublishedPracticePage scope={scope} /> },
  ];
}

/**
 * The mentor registry: a school nominates its mentors; the municipal coordinator and the region review at the same
 * address; everyone reads the published registry of their municipality and region.
 */
function registryRoutes(me: Me): RouteObject[] {
  const published = {
    path: 'mentor-registry',
    element: <MentorRegistryPage municipalityId={me.municipalityId ?? undefined} regionId={me.regionId} />,
  };
  if (me.role === 'school' && me.schoolId) {
    const schoolId = me.schoolId;
    return [
      { path: 'mentor-nominations', element: <NominationsPage schoolId={schoolId} /> },
      { path: 'mentor-nominations/:id', element: <NominationPage schoolId={schoolId} /> },
      published,
    ];
  }
  const scope =
    me.role === 'municipal' && me.municipalityId
      ? ({ kind: 'municipality', id: me.municipalityId } as const)
      : me.role === 'regional'
        ? ({ kind: 'region', id: me.regionId } as const)
        : null;
  if (!scope) {
    return [];
  }
  return [{ path: 'mentor-nominations', element: <NominationReviewPage scope={scope} /> }, published];
}

/**
 * Events: each level runs its own and sees those of the levels above it, at the address of its own place.
 */
function eventRoutes(me: Me): RouteObject[] {
  const scope =
    me.role === 'school' && me.schoolId
      ? ({ level: 'schools', id: me.schoolId } as const)
      : me.role === 'municipal' && me.municipalityId
        ? ({ level: 'municipalities', id: me.municipalityId } as const)
        : me.role === 'regional'
          ? ({ level: 'regions', id: me.regionId } as const)
          : null;
  if (!scope) {
    return [];
  }
  return [
    { path: 'events', element: <EventsPage scope={scope} /> },
    { path: 'events/:id', element: <EventPage scope={scope} /> },
  ];
}

/**
 * Dashboards: the region (its coordinator and the portal) drills down to municipalities and schools, the
 * municipality to its schools; the portal never reaches a school. Only the region sets targets.
 */
function monitoringRoutes(me: Me): RouteObject[] {
  if (me.role === 'school' || (me.role === 'municipal' && !me.municipalityId)) {
    return [];
  }
  return [
    { path: 'monitoring', element: <MonitoringPage me={me} /> },
    ...(me.role !== 'municipal'
      ? [{ path: 'monitoring/municipalities/:id', element: <MunicipalityMonitoringPage me={me} /> }]
      : []),
    ...(me.role !== 'portal'
      ? [{ path: 'monitoring/schools/:id', element: <SchoolMonitoringPage me={me} /> }]
      : []),
    ...(me.role === 'regional' ? [{ path: 'monitoring/targets', element: <TargetsPage me={me} /> }] : []),
  ];
}

/**
 * Monitoring reports: a school writes its own; a municipality reviews its schools' and writes its own; the region
 * opens campaigns and decides on the municipalities'. The portal has none.
 */
function reportingRoutes(me: Me): RouteObject[] {
  if ((me.role === 'school' && !me.schoolId) || (me.role === 'municipal' && !me.municipalityId)) {
    return [];
  }
  return [
    { path: 'reports', element: <CampaignsPage me={me} /> },
    { path: 'reports/:campaignId', element: <CampaignPage me={me} /> },
    ...(me.role !== 'school'
      ? [
          { path: 'reports/:campaignId/schools/:id', element: <ReportPage kind="school" /> },
          { path: 'reports/:campaignId/municipalities/:id', element: <ReportPage kind="municipality" /> },
        ]
      : []),
  ];
}

/**
 * Roadmaps: each level writes its own, and reads the level below's with its progress (a municipality its schools',
 * the region its municipalities').
 */
function roadmapRoutes(me: Me): RouteObject[] {
  const owner = ownPlace(me);
  if (!owner) {
    return [];
  }
  const below = levelBelow(owner.level);
  return [
    { path: 'roadmaps', element: <RoadmapsPage owner={owner} editable /> },
    { path: 'roadmaps/:roadmapId', element: <OwnRoadmapPage owner={owner} /> },
    ...(below
      ? [
          { path: `roadmaps/${levelSegment(below)}/:ownerId`, element: <BelowRoadmapsPage level={below} /> },
          {
            path: `roadmaps/${levelSegment(below)}/:ownerId/:roadmapId`,
            element: <BelowRoadmapPage level={below} />,
          },
        ]
      : []),
  ];
}

/** The audit trail of the user's own level; the portal has none. */
function auditRoutes(me: Me): RouteObject[] {
  const scope = ownPlace(me);
  return scope ? [{ path: 'audit', element: <AuditPage scope={scope} /> }] : [];
}

export function routes(me: Me, onLogout: () => void): RouteObject[] {
  if (me.role === 'portal') {
    // The portal's account reaches the API's /api/portal/v1 and nothing else, so the SPA shows it that alone.
    return [
      {
        path: '/',
        element: <Layout me={me} onLogout={onLogout} />,
        children: [
          { index: true, element: <Navigate to={homePath(me)} replace /> },
          { path: 'portal', element: <PortalPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ];
  }
  return [
    {
      path: '/',
      element: <Layout me={me} onLogout={onLogout} />,
      children: [
        { index: true, element: <Navigate to={homePath(me)} replace /> },
        { path: 'schools', element: <SchoolsPage me={me} /> },
        { path: 'schools/new', element: <SchoolFormPage me={me} /> },
        {
          path: 'schools/:id',
          element: me.role === 'school' ? <OwnSchoolPage me={me} /> : <SchoolPage me={me} />,
        },
        { path: 'schools/:id/edit', element: <SchoolFormPage me={me} /> },
        { path: 'municipalities', element: <MunicipalitiesPage me={me} /> },
        ...(me.role === 'school' && me.schoolId ? participantRoutes(me.schoolId) : []),
        ...questionnaireRoutes(me),
        { path: 'imports', element: <ImportPage me={me} /> },
        ...matchingRoutes(me),
        ...recognitionRoutes(me),
        ...registryRoutes(me),
        ...eventRoutes(me),
        ...monitoringRoutes(me),
        ...reportingRoutes(me),
        ...roadmapRoutes(me),
        ...auditRoutes(me),
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

/** The pages the user's role may open, under the layout. */
export function AppRoutes({ me, onLogout }: { me: Me; onLogout: () => void }) {
  return useRoutes(useMemo(() => routes(me, onLogout), [me, onLogout]));
}
