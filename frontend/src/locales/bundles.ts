/**
 * The strings beyond the core, one chunk per feature that owns them, each fetched with the first page that needs it
 * (`loadStrings` in lib/i18n.ts): the first page after login carries only the core.
 */
export const BUNDLES = {
  municipalities: () => import('./ru/municipalities'),
  participants: () => import('./ru/participants'),
  questionnaires: () => import('./ru/questionnaires'),
  mentorships: () => import('./ru/mentorships'),
  plan: () => import('./ru/plan'),
  completion: () => import('./ru/completion'),
  matching: () => import('./ru/matching'),
  diary: () => import('./ru/diary'),
  imports: () => import('./ru/imports'),
  recognition: () => import('./ru/recognition'),
  registry: () => import('./ru/registry'),
  feedback: () => import('./ru/feedback'),
  monitoring: () => import('./ru/monitoring'),
  reporting: () => import('./ru/reporting'),
  portal: () => import('./ru/portal'),
  roadmaps: () => import('./ru/roadmaps'),
  audit: () => import('./ru/audit'),
  events: () => import('./ru/events'),
};

export type Bundle = keyof typeof BUNDLES;

/**
 * The bundles each feature's components read, by the feature's folder, besides the core. A component of
 * `components/ui` reads what the features using it load. `strings.test.ts` checks every key the code names
 * against this table.
 */
export const FEATURE_STRINGS = {
  schools: [],
  home: [],
  me: [],
  municipalities: ['municipalities'],
  participants: ['participants'],
  questionnaires: ['questionnaires', 'participants'],
  mentorships: ['mentorships', 'plan', 'participants'],
  plan: ['plan', 'participants'],
  completion: ['completion'],
  matching: ['matching', 'mentorships'],
  diary: ['diary'],
  imports: ['imports'],
  recognition: ['recognition', 'mentorships', 'participants'],
  registry: ['registry', 'recognition', 'participants'],
  feedback: ['feedback'],
  monitoring: ['monitoring'],
  reporting: ['reporting', 'monitoring'],
  portal: ['portal'],
  roadmaps: ['roadmaps'],
  audit: ['audit'],
  events: ['events', 'recognition'],
} satisfies Record<string, Bundle[]>;

export type Feature = keyof typeof FEATURE_STRINGS;
