import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { RegistryEntry } from '../api';
import { RegistryPage } from './RegistryPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const included: RegistryEntry = {
  id: 'n1',
  schoolId: 's1',
  schoolName: 'МОУ СОШ № 17',
  municipalityId: 'm1',
  municipalityName: 'Городской округ город Тверь',
  status: 'INCLUDED',
  fullName: 'Волкова Татьяна Сергеевна',
  mentorKind: 'TEACHER',
  description: 'Ведёт молодых учителей',
  results: 'Двое аттестованы',
  training: 'Курсы',
  rewardsNote: '',
  facts: { completedPairs: 3, effectivePairs: 2, trainingStatus: 'TRAINED', rewards: [] },
  includedAt: '2026-05-02T10:00:00Z',
  allowedActions: [],
  version: 2,
};

const asked: URL[] = [];

function serve(items: RegistryEntry[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      asked.push(new URL(input.url));
      return new Response(JSON.stringify({ items, total: items.length, page: 0, size: 20 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  asked.length = 0;
});

describe('the published mentor registry', () => {
  it('reads the municipality’s registry and shows a mentor’s details on request', async () => {
    serve([included]);
    const user = userEvent.setup();
    renderWithProviders(<RegistryPage municipalityId="m1" regionId="r1" />);
    await user.click(await screen.findByRole('button', { name: 'Волкова Татьяна Сергеевна' }));
    expect(screen.getByText('Двое аттестованы')).toBeInTheDocument();
    expect(asked[0]?.pathname).toBe('/api/municipalities/m1/mentor-registry');
  });

  it('switches to the regional registry', async () => {
    serve([]);
    const user = userEvent.setup();
    renderWithProviders(<RegistryPage municipalityId="m1" regionId="r1" />);
    await user.click(screen.getByText('Региональный реестр'));
    await waitFor(() => expect(asked.at(-1)?.pathname).toBe('/api/regions/r1/mentor-registry/published'));
    expect(await screen.findByText('В реестре пока никого нет.')).toBeInTheDocument();
  });
});
