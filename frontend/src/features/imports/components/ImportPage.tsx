import { Anchor, Button, FileInput, Group, Paper, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import {
  downloadTemplate,
  importKinds,
  useImportJob,
  usePublishedQuestionnaires,
  type ImportKind,
  type Me,
} from '../api';
import { ACCEPTED_FILES, useFileUpload } from '../fileUpload';
import { ImportJobPanel } from './ImportJobPanel';
import { RecentImports } from './RecentImports';

/**
 * Upload a spreadsheet: check it first (a dry run reports every row and changes nothing), then apply it. The job
 * runs on the server; this page follows it and shows its report.
 */
export function ImportPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const kinds = importKinds(me);
  const [kind, setKind] = useState<ImportKind | undefined>(kinds[0]);
  const [questionnaireId, setQuestionnaireId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [jobId, setJobId] = useState<string>();
  const [missing, setMissing] = useState<{ file?: string; questionnaire?: string }>({});
  const { send, upload } = useFileUpload((created) => setJobId(created.id));
  const job = useImportJob(jobId);
  const questionnaires = usePublishedQuestionnaires(kind === 'RESPONSES');
  const qc = useQueryClient();
  const status = job.data?.status;
  useEffect(() => {
    if (status) {
      void qc.invalidateQueries({ queryKey: ['imports'] });
    }
  }, [status, qc]);

  if (!kind) {
    return null;
  }

  const check = (dryRun: boolean) => {
    const problems = {
      file: file ? undefined : t('imports.needFile'),
      questionnaire: kind === 'RESPONSES' && !questionnaireId ? t('imports.needQuestionnaire') : undefined,
    };
    setMissing(problems);
    if (!file || problems.questionnaire) {
      return;
    }
    send({ kind, file, dryRun, allOrNothing, questionnaireId: questionnaireId ?? undefined });
  };

  return (
    <Stack>
      <Title order={1}>{t('imports.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('imports.intro')}
      </Text>
      <Paper withBorder p="md">
        <Stack>
          <Group align="flex-end">
            <Select
              label={t('imports.kind')}
              data={kinds.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v as ImportKind)}
              allowDeselect={false}
              w={300}
            />
            {kind === 'RESPONSES' && (
              <Select
                label={t('imports.questionnaire')}
                placeholder={t('imports.questionnairePlaceholder')}
                data={(questionnaires.data?.items ?? []).map((q) => ({ value: q.id, label: q.title }))}
                value={questionnaireId}
                onChange={setQuestionnaireId}
                error={missing.questionnaire}
                searchable
                w={360}
              />
            )}
            <Anchor
              component="button"
              type="button"
              onClick={() => void downloadTemplate(kind, questionnaireId ?? undefined)}
              disabled={kind === 'RESPONSES' && !questionnaireId}
            >
              {t('imports.template')}
            </Anchor>
          </Group>
          {kind === 'PARTICIPANTS' && <Text size="sm">{t('imports.participantsHint')}</Text>}
          <FileInput
            label={t('imports.file')}
            placeholder={t('imports.filePlaceholder')}
            accept={ACCEPTED_FILES}
            value={file}
            onChange={setFile}
            error={missing.file}
            clearable
            w={480}
          />
          <Switch
            label={t('imports.allOrNothing')}
            checked={allOrNothing}
            onChange={(e) => setAllOrNothing(e.currentTarget.checked)}
          />
          <Group>
            <Button onClick={() => check(true)} loading={upload.isPending}>
              {t('imports.check')}
            </Button>
            <Button variant="default" onClick={() => check(false)} disabled={upload.isPending}>
              {t('imports.apply')}
            </Button>
          </Group>
          <ErrorAlert error={upload.error} />
        </Stack>
      </Paper>
      <ErrorAlert error={job.error} />
      {job.data && (
        <ImportJobPanel job={job.data} onApply={job.data.dryRun && file ? () => check(false) : undefined} />
      )}
      <RecentImports onOpen={(opened) => setJobId(opened.id)} />
    </Stack>
  );
}
