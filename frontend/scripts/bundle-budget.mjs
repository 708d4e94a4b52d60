// Fails when the first page after login needs more than the budget of gzipped JavaScript.
//
// Reads Vite's build manifest (dist/.vite/manifest.json) and, for each role, adds up the gzipped size of the entry
// chunk, the landing page's chunks and every chunk they import statically, recursively: what the browser
// must fetch before the role's first page can render. Chunks loaded on demand (other pages, the chart library)
// are not counted; the end-to-end tests measure what a browser actually requests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 250 * 1024;

/**
 * The page each role lands on after login (homePath in src/app/router.tsx): the modules its route fetches, its
 * strings among them (src/locales/bundles.ts), and what it draws at once without being asked.
 */
const LANDING_PAGES = {
  'regional, municipal': [
    'src/features/monitoring/components/pages.ts',
    'src/features/reporting/components/CampaignStatus.tsx',
    'src/features/roadmaps/components/OverdueCard.tsx',
    'src/locales/ru/monitoring.ts',
    'src/locales/ru/reporting.ts',
    'src/locales/ru/roadmaps.ts',
  ],
  portal: ['src/features/portal/components/PortalPage.tsx', 'src/locales/ru/portal.ts'],
  school: [
    'src/features/schools/components/SchoolPage.tsx',
    'src/features/home/components/Worklist.tsx',
    'src/features/monitoring/components/SchoolFigures.tsx',
    'src/features/roadmaps/components/OverdueCard.tsx',
    'src/locales/ru/monitoring.ts',
    'src/locales/ru/roadmaps.ts',
  ],
};

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** The manifest keys of `keys` and of every chunk they import statically. */
function staticClosure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) {
      throw new Error(`${key} is not a chunk of the build; has the page moved?`);
    }
    if (seen.has(key)) {
      return;
    }
    seen.add(key);
    (chunk.imports ?? []).forEach(visit);
  };
  keys.forEach(visit);
  return seen;
}

function gzippedSize(manifest, keys) {
  let total = 0;
  for (const key of keys) {
    const file = manifest[key].file;
    if (file.endsWith('.js')) {
      total += gzipSync(readFileSync(join(dist, file))).length;
    }
  }
  return total;
}

function main() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  let over = false;
  for (const [roles, modules] of Object.entries(LANDING_PAGES)) {
    const keys = staticClosure(manifest, [entry, ...modules]);
    const size = gzippedSize(manifest, keys);
    over ||= size > BUDGET_BYTES;
    console.log(
      `first page of ${roles} (${modules[0].split('/').pop()}): ${kb(size)} of gzipped JavaScript in ${keys.size} chunks, budget ${kb(BUDGET_BYTES)}`,
    );
  }
  if (over) {
    console.error('Over the budget: load the new code lazily, or move it out of the first page.');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main();
}
