import { Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Indicator, PeriodParams } from '../api';
import { paramsOf } from '../figures';
import { FiguresBoard } from './FiguresBoard';

/** The curator's own figures on the school's page, beside what needs their attention. */
export function SchoolFigures({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<PeriodParams>({});
  const [selected, setSelected] = useState<Indicator | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="school-figures-title">
      <Stack>
        <Title order={2} id="school-figures-title">
          {t('home.figures')}
        </Title>
        <FiguresBoard
          place={{ level: 'SCHOOL', id: schoolId }}
          period={period}
          onChoice={(c) => setPeriod(paramsOf(c))}
          selected={selected}
          onSelect={setSelected}
        />
      </Stack>
    </Paper>
  );
}
