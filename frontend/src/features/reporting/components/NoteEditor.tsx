import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { describeError } from '../../../lib/api/problem';
import { showSaveError } from '../../../lib/forms';
import { NOTE_FIELDS, useSaveNote, useSubmitReport, type Owner, type Report, type ReportNote } from '../api';

/** The six sections of the analytical note; a draft is edited, anything else is read. */
export function NoteEditor({ owner, report }: { owner: Owner; report: Report }) {
  const { t } = useTranslation();
  const campaignId = report.campaign.id;
  const save = useSaveNote(owner, campaignId);
  const send = useSubmitReport(owner, campaignId);
  const form = useForm<ReportNote>({ initialValues: report.note });
  const canEdit = report.allowedActions.includes('EDIT');
  const canSubmit = report.allowedActions.includes('SUBMIT');
  // The version last known: a save answers the next one before the report is read again, and a submission right
  // after a save must name it, or it would be refused as stale.
  const [savedVersion, setSavedVersion] = useState(report.version);
  const version = Math.max(report.version, savedVersion);
  const store = async (values: ReportNote) => {
    const saved = await save.mutateAsync({ ...values, version });
    setSavedVersion(saved.version);
    form.resetDirty(values);
    return saved;
  };

  const onSave = form.onSubmit(async (values) => {
    try {
      await store(values);
      notifications.show({ color: 'green', message: t('common.saved') });
    } catch (error) {
      showSaveError(form, error);
    }
  });
  // Unsaved changes go with the report: they are saved first and the submission names the version saved.
  const onSubmit = () =>
    confirmAction(
      t('reporting.submitQ'),
      t(`reporting.submit${report.level === 'SCHOOL' ? 'School' : 'Municipality'}`),
      () => {
        (async () => {
          try {
            const sent = form.isDirty() ? (await store(form.getValues())).version : version;
            await send.mutateAsync(sent);
            notifications.show({ color: 'green', message: t('reporting.submitted') });
          } catch (error) {
            notifications.show({ color: 'red', message: describeError(error) });
          }
        })();
      },
    );

  return (
    <Paper withBorder p="md">
      <form onSubmit={onSave} noValidate>
        <Stack>
          <Title order={2}>{t('reporting.note.title')}</Title>
          {NOTE_FIELDS.map((field) =>
            canEdit ? (
              <Textarea
                key={field}
                label={t(`reporting.note.${field}`)}
                autosize
                minRows={2}
                maxLength={8000}
                {...form.getInputProps(field)}
              />
            ) : (
              <Stack key={field} gap={2}>
                <Title order={3} size="h5">
                  {t(`reporting.note.${field}`)}
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{report.note[field] || '—'}</Text>
              </Stack>
            ),
          )}
          {(canEdit || canSubmit) && (
            <Group justify="flex-end">
              {canEdit && (
                <Button type="submit" variant="default" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              )}
              {canSubmit && (
                <Button onClick={onSubmit} loading={send.isPending}>
                  {t(`reporting.submit${report.level === 'SCHOOL' ? 'School' : 'Municipality'}`)}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
