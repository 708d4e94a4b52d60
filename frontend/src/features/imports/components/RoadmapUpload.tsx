import { Anchor, Button, FileInput, Group, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import type { Owner } from '../../roadmaps/api';
import { downloadTemplate, useImportJob } from '../api';
import { ACCEPTED_FILES, useFileUpload } from '../fileUpload';
import { ImportJobPanel } from './ImportJobPanel';

interface Props {
  owner: Owner;
  roadmapId: string;
  /** Called once an upload has changed the roadmap, so that its page reads the items again. */
  onApplied: () => void;
}

/**
 * A roadmap's table uploaded into it through the imports: checked first (the dry run reports every row and changes
 * nothing), then applied, with the same row report and limits as every upload.
 */
export function RoadmapUpload({ owner, roadmapId, onApplied }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [missing, setMissing] = useState<string>();
  const [jobId, setJobId] = useState<string>();
  const { send, upload } = useFileUpload((created) => setJobId(created.id));
  const job = useImportJob(jobId);
  const applied = job.data?.applied === true;
  useEffect(() => {
    if (applied) {
      onApplied();
    }
  }, [applied, onApplied]);

  const check = (dryRun: boolean) => {
    setMissing(file ? undefined : t('imports.needFile'));
    if (!file) {
      return;
    }
    send({ kind: 'ROADMAP', file, dryRun, allOrNothing, roadmap: { owner, id: roadmapId } });
  };

  return (
    <Stack>
      <Text size="sm">{t('imports.roadmapHint')}</Text>
      <Group align="flex-end">
        <FileInput
          label={t('imports.file')}
          placeholder={t('imports.filePlaceholder')}
          accept={ACCEPTED_FILES}
          value={file}
          onChange={setFile}
          error={missing}
          clearable
          w={420}
        />
        <Anchor component="button" type="button" onClick={() => void downloadTemplate('ROADMAP')}>
          {t('imports.template')}
        </Anchor>
      </Group>
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
      <ErrorAlert error={upload.error ?? job.error} />
      {job.data && (
        <ImportJobPanel job={job.data} onApply={job.data.dryRun && file ? () => check(false) : undefined} />
      )}
    </Stack>
  );
}
