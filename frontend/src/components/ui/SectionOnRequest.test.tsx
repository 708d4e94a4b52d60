import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../test/render';
import { SectionOnRequest } from './SectionOnRequest';

describe('SectionOnRequest', () => {
  it('shows only its heading until the user opens it, then the section itself', async () => {
    renderWithProviders(
      <SectionOnRequest title="Показатели школы">
        <p>Охват обучающихся: 31,5 %</p>
      </SectionOnRequest>,
    );
    expect(screen.getByRole('heading', { name: 'Показатели школы' })).toBeInTheDocument();
    expect(screen.queryByText('Охват обучающихся: 31,5 %')).toBeNull();
    const open = screen.getByRole('button', { name: 'Показать' });
    expect(open).toHaveAccessibleDescription('Показатели школы');
    await userEvent.click(open);
    expect(screen.getByText('Охват обучающихся: 31,5 %')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Показать' })).toBeNull();
  });
});
