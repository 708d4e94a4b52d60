import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';

/** State of an edit dialog: which record it edits (null for a new one) and whether it is open. */
export function useEditor<T>() {
  const [editing, setEditing] = useState<T | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const start = (record: T | null) => {
    setEditing(record);
    open();
  };
  return { editing, opened, start, close };
}
