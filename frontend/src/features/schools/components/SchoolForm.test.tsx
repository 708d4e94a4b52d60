import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { toApiError } from '../../../lib/api/problem';
import { renderWithProviders } from '../../../test/render';
import { SchoolForm } from './SchoolForm';

const municipalities = [
  {
    id: 'm1',
    regionId: 'r',
    name: 'Городской округ город Тверь',
    oktmo: '28701000',
    schoolCount: 3,
    version: 0,
  },
];

async function fillRequired() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /Полное наименование/ }), 'Школа № 1');
  await user.type(screen.getByRole('textbox', { name: /Краткое наименование/ }), 'СОШ № 1');
  await user.type(screen.getByRole('textbox', { name: /ИНН/ }), '1234567890');
  await user.type(screen.getByRole('textbox', { name: /Адрес/ }), 'г. Тверь');
  await user.click(screen.getByRole('button', { name: 'Сохранить' }));
}

describe('SchoolForm', () => {
  it('shows the server’s field errors next to their fields', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      toApiError(400, {
        type: 'urn:nastavnik:problem:validation',
        title: 'Проверьте заполнение полей',
        status: 400,
        errors: [{ field: 'inn', message: 'ИНН организации состоит из 10 цифр с верной контрольной цифрой' }],
      }),
    );
    renderWithProviders(
      <SchoolForm
        municipalities={municipalities}
        municipalityLocked
        defaultMunicipalityId="m1"
        onSubmit={onSubmit}
        onCancel={() => {}}
      />,
    );
    await fillRequired();
    const inn = screen.getByRole('textbox', { name: /ИНН/ });
    await waitFor(() => expect(inn).toHaveAttribute('aria-invalid', 'true'));
    expect(
      screen.getByText('ИНН организации состоит из 10 цифр с верной контрольной цифрой'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Адрес/ })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the trimmed input with the version it was based on and leaves an empty site out', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <SchoolForm
        municipalities={municipalities}
        municipalityLocked
        defaultMunicipalityId="m1"
        onSubmit={onSubmit}
        onCancel={() => {}}
      />,
    );
    await fillRequired();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      municipalityId: 'm1',
      fullName: 'Школа № 1',
      shortName: 'СОШ № 1',
      kind: 'GENERAL',
      inn: '1234567890',
      address: 'г. Тверь',
      website: undefined,
      version: undefined,
    });
  });

  it('does not send a form with a required field left empty', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <SchoolForm
        municipalities={municipalities}
        municipalityLocked={false}
        onSubmit={onSubmit}
        onCancel={() => {}}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Заполните поле «ИНН»')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
