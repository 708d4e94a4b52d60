import { Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** From what allows most to what allows least. */
const PUBLICATIONS = ['NAME_AND_PHOTO', 'NAME', 'ANONYMOUS'] as const;

type Field = 'publication' | 'givenBy' | 'giverName' | 'givenOn' | 'documentRef';

/**
 * A consent to publish, the same for a best practice's participant and a nominated mentor: what it allows, who gave
 * it, when and by which document. Reads the recognition strings, which every feature using it loads.
 */
export function PublicationConsentFields({
  form,
  hints = false,
}: {
  form: { getInputProps: (path: Field) => object };
  hints?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Radio.Group
        label={t('recognition.consents.fields.publication')}
        withAsterisk
        {...form.getInputProps('publication')}
      >
        <Stack gap="xs" mt="xs">
          {PUBLICATIONS.map((p) => (
            <Radio
              key={p}
              value={p}
              label={t(`recognition.publication.${p}`)}
              description={hints ? t(`recognition.publicationHints.${p}`) : undefined}
            />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('recognition.consents.fields.givenBy')}
          data={(['SELF', 'PARENT', 'GUARDIAN'] as const).map((g) => ({
            value: g,
            label: t(`consent.${g}`),
          }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('givenBy')}
        />
        <TextInput
          label={t('recognition.consents.fields.giverName')}
          withAsterisk
          {...form.getInputProps('giverName')}
        />
        <TextInput
          type="date"
          label={t('recognition.consents.fields.givenOn')}
          withAsterisk
          {...form.getInputProps('givenOn')}
        />
        <TextInput
          label={t('recognition.consents.fields.documentRef')}
          withAsterisk
          {...form.getInputProps('documentRef')}
        />
      </SimpleGrid>
    </>
  );
}
