import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { confirmAction } from '../../../components/ui/confirm';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import type { Schemas } from '../../../lib/api/client';
import { describeError } from '../../../lib/api/problem';
import { useCompetencies } from '../../../lib/competencies';
import { canWriteTemplates } from '../../me/api';
import {
  useDeleteTemplate,
  useNewVersion,
  usePublishTemplate,
  useTemplate,
  useTemplateVersions,
  type Template,
} from '../api';
import { TemplateStatusBadge } from './labels';
import { QuestionnaireForm, type Answers } from './QuestionnaireForm';

export function TemplatePage({ me }: { me: Schemas['Me'] }) {
  const { id = '' } = useParams();
  const template = useTemplate(id);
  if (template.error) {
    return <ErrorAlert error={template.error} />;
  }
  if (!template.data) {
    return <Loader />;
  }
  return <TemplateDetails key={template.data.id} me={me} template={template.data} />;
}

function TemplateDetails({ me, template }: { me: Schemas['Me']; template: Template }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const publish = usePublishTemplate();
  const newVersion = useNewVersion();
  const remove = useDeleteTemplate();
  const competencies = useCompetencies();
  const [preview, setPreview] = useState<Answers>({});
  const onError = (e: unknown) => notifications.show({ color: 'red', message: describeError(e) });
  const draft = template.status === 'DRAFT';
  const builtInForRegion = template.owner === 'BUILT_IN' && me.role === 'regional';
  const mayVersion =
    !draft && canWriteTemplates(me) && (template.editable || builtInForRegion || ownedByCaller(me, template));

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{template.title}</Title>
          <Group gap="xs">
            <TemplateStatusBadge status={template.status} versionNo={template.versionNo} />
            <Badge variant="outline">{t(`questionnaires.owners.${template.owner}`)}</Badge>
            {template.form && <Badge variant="outline">{t(`forms.${template.form}`)}</Badge>}
          </Group>
        </Stack>
        <Group>
          {template.editable && (
            <>
              <Button component={Link} to={`/questionnaires/${template.id}/edit`} variant="default">
                {t('common.edit')}
              </Button>
              <Button
                onClick={() =>
                  confirmAction(t('questionnaires.publishConfirm'), t('questionnaires.publish'), () =>
                    publish.mutate(template.id, {
                      onSuccess: () =>
                        notifications.show({ color: 'green', message: t('questionnaires.published') }),
                      onError,
                    }),
                  )
                }
              >
                {t('questionnaires.publish')}
              </Button>
              <Button
                color="red"
                variant="light"
                onClick={() =>
                  confirmAction(t('questionnaires.deleteConfirm'), t('common.delete'), () =>
                    remove.mutate(template.id, { onSuccess: () => navigate('/questionnaires'), onError }),
                  )
                }
              >
                {t('common.delete')}
              </Button>
            </>
          )}
          {mayVersion && (
            <Button
              variant="default"
              loading={newVersion.isPending}
              onClick={() =>
                newVersion.mutate(template.id, {
                  onSuccess: (v) => navigate(`/questionnaires/${v.id}/edit`),
                  onError,
                })
              }
            >
              {t('questionnaires.newVersion')}
            </Button>
          )}
          {me.role === 'school' && template.status !== 'DRAFT' && (
            <Button component={Link} to={`/questionnaires/${template.id}/summary`} variant="light">
              {t('questionnaires.summary')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field
            label={t('questionnaires.fields.audience')}
            value={t(`questionnaires.audiences.${template.audience}`)}
          />
          <Field
            label={t('questionnaires.fields.purpose')}
            value={t(`questionnaires.purposes.${template.purpose}`)}
          />
          <Field
            label={t('questionnaires.publishedAt')}
            value={template.publishedAt ? new Date(template.publishedAt).toLocaleDateString('ru-RU') : '—'}
          />
        </SimpleGrid>
        {template.description && (
          <Text mt="md" c="dimmed">
            {template.description}
          </Text>
        )}
      </Paper>
      <Title order={2}>{t('questionnaires.preview')}</Title>
      <QuestionnaireForm
        questions={template.questions}
        value={preview}
        onChange={setPreview}
        competencies={competencies.data ?? []}
        candidates={PREVIEW_CANDIDATES}
      />
      <Versions id={template.id} />
    </Stack>
  );
}

/** A school may version its own questionnaires, a region its own and the built-in ones. */
function ownedByCaller(me: Schemas['Me'], template: Template): boolean {
  return me.role === 'school' ? template.schoolId === me.schoolId : template.owner === 'REGION';
}

/** Stand-ins for a ranking question in the preview, where no real people belong. */
const PREVIEW_CANDIDATES = [
  { id: 'preview-1', fullName: 'Иванова Анна (пример)' },
  { id: 'preview-2', fullName: 'Петров Илья (пример)' },
  { id: 'preview-3', fullName: 'Сидорова Мария (пример)' },
];

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}

function Versions({ id }: { id: string }) {
  const { t } = useTranslation();
  const versions = useTemplateVersions(id);
  if (!versions.data || versions.data.length < 2) {
    return <ErrorAlert error={versions.error} />;
  }
  return (
    <Paper withBorder p="md">
      <Title order={2} mb="sm">
        {t('questionnaires.versions')}
      </Title>
      <Table aria-label={t('questionnaires.versions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('questionnaires.version')}</Table.Th>
            <Table.Th>{t('questionnaires.status')}</Table.Th>
            <Table.Th>{t('questionnaires.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.data.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                {v.id === id ? (
                  <Text fw={600}>{t('questionnaires.versionNo', { n: v.versionNo })}</Text>
                ) : (
                  <Anchor component={Link} to={`/questionnaires/${v.id}`}>
                    {t('questionnaires.versionNo', { n: v.versionNo })}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>
                <TemplateStatusBadge status={v.status} versionNo={v.versionNo} />
              </Table.Td>
              <Table.Td>{new Date(v.createdAt).toLocaleDateString('ru-RU')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
