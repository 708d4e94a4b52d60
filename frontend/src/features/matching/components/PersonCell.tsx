import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MatchPerson } from '../api';

/** A person as a proposal shows them: the name, the class or position, and the school in a municipal run. */
export function PersonCell({ person, withSchool }: { person: MatchPerson; withSchool: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm">{person.fullName ?? t('matching.unknownPerson')}</Text>
      {person.gradeOrPosition && (
        <Text size="xs" c="dimmed">
          {person.gradeOrPosition}
        </Text>
      )}
      {withSchool && person.schoolName && (
        <Text size="xs" c="dimmed">
          {person.schoolName}
        </Text>
      )}
    </Stack>
  );
}
