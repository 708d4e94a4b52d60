import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../components/ui/confirm';
import { useUpload, type ImportJob, type UploadRequest } from './api';

/**
 * What the server reads, by extension and by media type: browsers filter by either, and the server itself decides by
 * the content, so a file with another name still goes through.
 */
export const ACCEPTED_FILES = [
  '.xlsx',
  '.xls',
  '.ods',
  '.csv',
  '.txt',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/csv',
].join(',');

/** One key per file and options, so that repeating the same request never creates a second job. */
function useUploadKeys() {
  const keys = useRef(new Map<string, string>());
  return (file: File, ...options: unknown[]) => {
    const id = [file.name, file.size, file.lastModified, ...options].join('|');
    let key = keys.current.get(id);
    if (!key) {
      key = crypto.randomUUID();
      keys.current.set(id, key);
    }
    return key;
  };
}

/**
 * Sends a file as the imports take it: a dry run at once, an apply after a confirmation that names the file and says
 * what happens to rows with errors.
 */
export function useFileUpload(onCreated: (job: ImportJob) => void) {
  const { t } = useTranslation();
  const upload = useUpload();
  const keyFor = useUploadKeys();
  const send = (request: Omit<UploadRequest, 'idempotencyKey'>) => {
    const { file, kind, questionnaireId, roadmap, dryRun, allOrNothing } = request;
    const key = keyFor(file, kind, questionnaireId, roadmap?.id, dryRun, allOrNothing);
    const run = () => upload.mutate({ ...request, idempotencyKey: key }, { onSuccess: onCreated });
    if (dryRun) {
      run();
    } else {
      confirmAction(
        t(allOrNothing ? 'imports.applyConfirmAllOrNothing' : 'imports.applyConfirm', { name: file.name }),
        t('imports.apply'),
        run,
      );
    }
  };
  return { send, upload };
}
