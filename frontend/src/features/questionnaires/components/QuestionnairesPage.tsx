import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '../../../components/ui/EmptyState';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Pager } from '../../../components/ui/Pager';
import { SortableTh } from '../../../components/ui/SortableTh';
import { LoadingRow } from '../../../components/ui/LoadingRow';
import type { Schemas } from '../../../lib/api/client';
import { canWriteTemplates } from '../../me/api';
import { MENTORING_FORMS } from '../../../lib/mentoringForms';
import { AUDIENCES, PURPOSES, useTemplates, type Audience, type MentoringForm, type Purpose } from '../api';
import { TemplateStatusBadge } from './labels';
import { useListControls } from '../../../lib/useListControls';

export function QuestionnairesPage({ me }: { me: Schemas['Me'] }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [audience, setAudience] = useState<Audience | null>(null);
  const [purpose, setPurpose] = useState<Purpose | null>(null);
  const [form, setForm] = useState<MentoringForm | null>(null);
  const { page, size, sort, setSort, filter, pager } = useListControls('title,asc');
  const list = useTemplates({
    q: q || undefined,
    audience: audience ?? undefined,
    purpose: purpose ?? undefined,
    form: form ?? undefined,
    page,
    size,
    sort,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('questionnaires.title')}</Title>
        {canWriteTemplates(me) && (
          <Button component={Link} to="/questionnaires/new">
            {t('questionnaires.create')}
          </Button>
        )}
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('common.search')}
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={240}
        />
        <Select
          label={t('questionnaires.fields.audience')}
          placeholder={t('questionnaires.any')}
          data={AUDIENCES.map((a) => ({ value: a, label: t(`questionnaires.audiences.${a}`) }))}
          value={audience}
          onChange={(v) => filter(setAudience)(v as Audience | null)}
          clearable
          w={200}
        />
        <Select
          label={t('questionnaires.fields.purpose')}
          placeholder={t('questionnaires.any')}
          data={PURPOSES.map((p) => ({ value: p, label: t(`questionnaires.purposes.${p}`) }))}
          value={purpose}
          onChange={(v) => filter(setPurpose)(v as Purpose | null)}
          clearable
          w={240}
        />
        <Select
          label={t('questionnaires.fields.form')}
          placeholder={t('questionnaires.any')}
          data={MENTORING_FORMS.map((f) => ({ value: f, label: t(`forms.${f}`) }))}
          value={form}
          onChange={(v) => filter(setForm)(v as MentoringForm | null)}
          clearable
          w={240}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Paper withBorder>
        <Table striped highlightOnHover aria-label={t('questionnaires.title')}>
          <Table.Thead>
            <Table.Tr>
              <SortableTh field="title" sort={sort} onSort={setSort}>
                {t('questionnaires.fields.title')}
              </SortableTh>
              <Table.Th>{t('questionnaires.fields.audience')}</Table.Th>
              <SortableTh field="purpose" sort={sort} onSort={setSort}>
                {t('questionnaires.fields.purpose')}
              </SortableTh>
              <Table.Th>{t('questionnaires.owner')}</Table.Th>
              <Table.Th>{t('questionnaires.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow columns={5} />}
            {list.data?.items.map((tpl) => (
              <Table.Tr key={tpl.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/questionnaires/${tpl.id}`}>
                    {tpl.title}
                  </Anchor>
                  {tpl.form && (
                    <Badge ml="xs" variant="outline" size="sm">
                      {t(`forms.${tpl.form}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`questionnaires.audiences.${tpl.audience}`)}</Table.Td>
                <Table.Td>{t(`questionnaires.purposes.${tpl.purpose}`)}</Table.Td>
                <Table.Td>{t(`questionnaires.owners.${tpl.owner}`)}</Table.Td>
                <Table.Td>
                  <TemplateStatusBadge status={tpl.status} versionNo={tpl.versionNo} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {list.data && list.data.items.length === 0 && <EmptyState>{t('questionnaires.empty')}</EmptyState>}
      </Paper>
      {list.data && <Pager total={list.data.total} {...pager} />}
    </Stack>
  );
}
