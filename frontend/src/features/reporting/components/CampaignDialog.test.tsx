import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import { CampaignForm } from './CampaignDialog';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const indicators = [
  {
    code: 'TEACHERS',
    title: 'Педагоги-наставники',
    unit: 'PERCENT',
    numerator: '',
    period: '',
    fromContingent: true,
  },
];

const posted: unknown[] = [];

function serve(refusal?: object) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      if (input.method === 'POST') {
        posted.push(await input.json());
        if (refusal) {
          return new Response(JSON.stringify(refusal), {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json' },
          });
        }
      }
      return new Response(JSON.stringify(input.method === 'POST' ? { id: 'c1' } : indicators), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  posted.length = 0;
});

describe('the dialog of a new campaign', () => {
  it('names every missing field in Russian and sends nothing', async () => {
    serve();
    const user = userEvent.setup();
    renderWithProviders(<CampaignForm regionId="r1" onClose={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Новая кампания' }));
    expect(await screen.findByText('Укажите название')).toBeInTheDocument();
    expect(screen.getByText('Укажите срок сдачи')).toBeInTheDocument();
    expect(screen.getByText('Выберите показатели')).toBeInTheDocument();
    expect(posted).toHaveLength(0);
  });

  it('sends the half-year as the API writes it and shows the server’s field errors at their fields', async () => {
    serve({
      type: 'urn:nastavnik:problem:validation',
      title: 'Проверьте данные',
      status: 400,
      errors: [{ field: 'half', message: 'Период ещё не начался' }],
    });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<CampaignForm regionId="r1" onClose={onClose} />);
    await user.type(screen.getByRole('textbox', { name: 'Название' }), 'Мониторинг');
    const year = screen.getByRole('textbox', { name: 'Учебный год' });
    await user.clear(year);
    await user.type(year, '2030');
    await user.type(screen.getByLabelText(/Срок сдачи/), '2031-02-10');
    await user.click(screen.getByRole('combobox', { name: /Показатели/ }));
    await user.click(await screen.findByRole('option', { name: 'Педагоги-наставники' }));
    await user.click(screen.getByRole('button', { name: 'Новая кампания' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      title: 'Мониторинг',
      half: '2030-1',
      dueOn: '2031-02-10',
      indicators: ['TEACHERS'],
    });
    expect(await screen.findByText('Период ещё не начался')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
