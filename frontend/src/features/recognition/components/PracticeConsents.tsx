import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { confirmAction } from '../../../components/ui/confirm';
import { describeError } from '../../../lib/api/problem';
import { formatDate } from '../../../lib/dates';
import { useWithdrawPublication, type BestPractice, type PracticeParticipant } from '../api';
import { ConsentDialog } from './ConsentDialog';
import { today } from './rewardForm';

interface Props {
  schoolId: string;
  practice: BestPractice;
  /** What the server said about each participant when the practice was last sent, by participant id. */
  errors: Record<string, string>;
}

/** Each participant of the pair with their consent to publish, which the practice cannot be sent without. */
export function PracticeConsents({ schoolId, practice, errors }: Props) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<PracticeParticipant | null>(null);
  const withdraw = useWithdrawPublication(schoolId, practice.id);
  const editable = practice.allowedActions.includes('EDIT');
  const onWithdraw = (p: PracticeParticipant) =>
    confirmAction(
      t('recognition.consents.withdrawConfirm', { name: p.fullName }),
      t('recognition.consents.withdraw'),
      () =>
        withdraw.mutate(
          { participantId: p.participantId, withdrawnOn: today() },
          { onError: (e) => notifications.show({ color: 'red', message: describeError(e) }) },
        ),
    );
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3}>{t('recognition.consents.title')}</Title>
        <Text size="sm">{t('recognition.consents.hint')}</Text>
        <Table aria-label={t('recognition.consents.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('recognition.consents.participant')}</Table.Th>
              <Table.Th>{t('recognition.consents.role')}</Table.Th>
              <Table.Th>{t('recognition.consents.consent')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {practice.participants.map((p) => {
              const consent = p.consent;
              const inForce = consent && !consent.withdrawnOn;
              const error = errors[`consents.${p.participantId}`];
              return (
                <Table.Tr key={p.participantId}>
                  <Table.Td>
                    <Text size="sm">{p.fullName}</Text>
                    <Group gap={4}>
                      {p.minor && (
                        <Badge size="xs" color="yellow">
                          {t('recognition.consents.minor')}
                        </Badge>
                      )}
                      {!p.processingConsent && (
                        <Badge size="xs" color="red">
                          {t('recognition.consents.noProcessing')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`recognition.roles.${p.role}`)}</Table.Td>
                  <Table.Td>
                    {consent ? (
                      <Stack gap={2}>
                        <Group gap={4}>
                          <Badge variant="light" color={inForce ? 'green' : 'gray'}>
                            {t(`recognition.publication.${consent.publication}`)}
                          </Badge>
                          {consent.withdrawnOn && (
                            <Text size="xs">
                              {t('recognition.consents.withdrawn', { date: formatDate(consent.withdrawnOn) })}
                            </Text>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {t('recognition.consents.given', {
                            giver: `${t(`consent.${consent.givenBy}`)}: ${consent.giverName}`,
                            date: formatDate(consent.givenOn),
                            document: consent.documentRef,
                          })}
                        </Text>
                      </Stack>
                    ) : (
                      <Text size="sm">{t('recognition.consents.none')}</Text>
                    )}
                    {error && (
                      <Text size="sm" c="red" role="alert">
                        {error}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {editable && p.processingConsent && (
                        <Button size="xs" variant="light" onClick={() => setRecording(p)}>
                          {t(consent ? 'recognition.consents.replace' : 'recognition.consents.record')}
                        </Button>
                      )}
                      {inForce && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => onWithdraw(p)}>
                          {t('recognition.consents.withdraw')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
      <ConsentDialog
        schoolId={schoolId}
        practiceId={practice.id}
        participant={recording}
        onClose={() => setRecording(null)}
      />
    </Paper>
  );
}
