import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { currentStartYear } from '../../../lib/dates';
import { renderWithProviders } from '../../../test/render';
import type { Me } from '../../me/api';
import type { IndicatorDefinition, Target } from '../api';
import { TargetsPage } from './TargetsPage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const me: Me = {
  username: 'region',
  fullName: 'Петрова Анна',
  role: 'regional',
  regionId: 'r1',
  regionName: 'Тверская область',
};
const year = currentStartYear();

const indicators: IndicatorDefinition[] = [
  {
    code: 'PUPILS_GENERAL',
    title: 'Обучающиеся общеобразовательных организаций',
    unit: 'PERCENT',
    numerator: 'вовлечённые',
    denominator: 'контингент',
    period: 'учебный год',
    fromContingent: true,
  },
];

const existing: Target = {
  id: 't1',
  regionId: 'r1',
  indicator: 'PUPILS_GENERAL',
  indicatorTitle: 'Обучающиеся общеобразовательных организаций',
  unit: 'PERCENT',
  startYear: year,
  academicYear: `${year}/${year + 1}`,
  value: 50,
  documentNumber: '12-од',
  documentDate: `${year}-08-20`,
  updatedBy: 'Петрова Анна',
  updatedAt: `${year}-08-21T09:00:00Z`,
  version: 3,
};

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const sent: unknown[] = [];

function serve(targets: Target[], answer?: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (url.pathname === '/api/regions/r1/targets' && input.method === 'PUT') {
        const body: unknown = await input.json();
        sent.push(body);
        return answer ? answer() : json({ ...existing, ...(body as object), version: 4 });
      }
      if (url.pathname === '/api/regions/r1/targets') {
        return json(targets.filter((t) => String(t.startYear) === url.searchParams.get('year')));
      }
      if (url.pathname === '/api/indicators') {
        return json(indicators);
      }
      return json({ items: [{ id: 'm1', name: 'Бежецкий округ' }], total: 1, page: 0, size: 100 });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

async function fillRequired(dialog: HTMLElement, user: ReturnType<typeof userEvent.setup>, value: string) {
  await user.click(within(dialog).getByRole('combobox', { name: 'Показатель' }));
  await user.click(
    await screen.findByRole('option', { name: 'Обучающиеся общеобразовательных организаций' }),
  );
  await user.type(within(dialog).getByRole('textbox', { name: 'Целевое значение' }), value);
  await user.type(within(dialog).getByRole('textbox', { name: 'Номер приказа' }), '145-од');
  await user.type(within(dialog).getByLabelText('Дата приказа', { exact: false }), `${year}-08-25`);
}

describe('the targets page', () => {
  it('says in Russian what is missing or out of range, and sends nothing', async () => {
    serve([]);
    const user = userEvent.setup();
    renderWithProviders(<TargetsPage me={me} />);
    expect(await screen.findByText('На этот учебный год целей пока нет')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Установить цель' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(within(dialog).getByText('Выберите показатель')).toBeInTheDocument();
    expect(within(dialog).getByText('Укажите целевое значение')).toBeInTheDocument();
    expect(within(dialog).getByText('Укажите номер приказа')).toBeInTheDocument();
    expect(within(dialog).getByText('Укажите дату приказа')).toBeInTheDocument();

    await fillRequired(dialog, user, '120');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(within(dialog).getByText('Доля — от 0 до 100 %')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends a new target for the whole region with its document', async () => {
    serve([]);
    const user = userEvent.setup();
    renderWithProviders(<TargetsPage me={me} />);
    await user.click(await screen.findByRole('button', { name: 'Установить цель' }));
    const dialog = await screen.findByRole('dialog');
    await fillRequired(dialog, user, '70');
    await user.type(within(dialog).getByRole('textbox', { name: 'Название приказа' }), ' Об утверждении ');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      indicator: 'PUPILS_GENERAL',
      startYear: year,
      value: 70,
      documentNumber: '145-од',
      documentDate: `${year}-08-25`,
      documentTitle: 'Об утверждении',
    });
  });

  it('asks before overwriting a target and then sends the version it replaces', async () => {
    serve([existing]);
    const user = userEvent.setup();
    renderWithProviders(<TargetsPage me={me} />);
    await user.click(await screen.findByRole('button', { name: 'Установить цель' }));
    const dialog = await screen.findByRole('dialog', { name: 'Установить цель' });
    await fillRequired(dialog, user, '70');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    const question = await screen.findByText(/уже установлено 50 % \(приказ № 12-од/);
    expect(question).toHaveTextContent('Весь регион');
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Заменить' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ indicator: 'PUPILS_GENERAL', value: 70, version: 3 });
  });

  it("shows the server's field errors next to their fields", async () => {
    serve([], () =>
      json(
        {
          type: 'urn:nastavnik:problem:validation',
          title: 'Ошибка в данных',
          status: 400,
          errors: [{ field: 'documentDate', message: 'Дата приказа не может быть в будущем' }],
        },
        400,
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<TargetsPage me={me} />);
    await user.click(await screen.findByRole('button', { name: 'Установить цель' }));
    const dialog = await screen.findByRole('dialog');
    await fillRequired(dialog, user, '70');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await within(dialog).findByText('Дата приказа не может быть в будущем')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Дата приказа', { exact: false })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
