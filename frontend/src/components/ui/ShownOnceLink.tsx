import { Alert, Button, CopyButton, Stack, TextInput } from '@mantine/core';

interface Props {
  title: string;
  /** That the address is shown only now, and until when the link works. */
  notice: string;
  label: string;
  url: string;
  copyLabel: string;
  copiedLabel: string;
}

/** The address of a personal link just created: the server keeps only its hash, so this is the one chance to copy it. */
export function ShownOnceLink({ title, notice, label, url, copyLabel, copiedLabel }: Props) {
  return (
    <Stack>
      <Alert color="green" title={title}>
        {notice}
      </Alert>
      <TextInput label={label} value={url} readOnly />
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Button color={copied ? 'teal' : undefined} onClick={copy}>
            {copied ? copiedLabel : copyLabel}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
