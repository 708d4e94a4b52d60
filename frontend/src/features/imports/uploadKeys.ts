import { useRef } from 'react';

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
export function useUploadKeys() {
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
