import { Anchor, Button, Group, Loader, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { confirmAction } from '../../../components/ui/confirm';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { ReturnForm } from '../../../components/ui/ReturnForm';
import { describeError } from '../../../lib/api/problem';
import {
  downloadPublished,
  publishedQuery,
  useReview,
  type PracticeScope,
  type PublishedPractice,
  type ReviewAction,
} from '../api';
import { PublishedPracticeDetails } from './PublishedPracticeDetails';

export function PublishedPracticePage({ scope }: { scope: PracticeScope }) {
  const { id = '' } = useParams();
  const practice = useQuery(publishedQuery(scope, id));
  if (practice.error) {
    return <ErrorAlert error={practice.error} />;
  }
  if (!practice.data) {
    return <Loader />;
  }
  return <PublishedPracticeScreen scope={scope} practice={practice.data} />;
}

/** A practice as published, with the coordinator's decisions the server allows now. */
export function PublishedPracticeScreen({
  scope,
  practice,
}: {
  scope: PracticeScope;
  practice: PublishedPractice;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Anchor component={Link} to="/best-practices" size="sm">
        {t('recognition.review.back')}
      </Anchor>
      {scope.kind === 'municipality' && practice.allowedActions.length > 0 && (
        <ReviewActions municipalityId={scope.id} practice={practice} />
      )}
      <PublishedPracticeDetails
        practice={practice}
        titleOrder={1}
        onDownload={(m) => downloadPublished(scope, practice.id, m.id, m.fileName)}
      />
    </Stack>
  );
}

const LABELS: Record<ReviewAction, string> = {
  accept: 'recognition.review.accept',
  return: 'recognition.review.return',
  recommend: 'recognition.review.recommend',
};

function ReviewActions({
  municipalityId,
  practice,
}: {
  municipalityId: string;
  practice: PublishedPractice;
}) {
  const { t } = useTranslation();
  const review = useReview(municipalityId, practice.id);
  const navigate = useNavigate();
  const [returning, setReturning] = useState(false);
  const decide = (action: ReviewAction, comment?: string) =>
    review.mutateAsync({ action, body: { version: practice.version, comment } }).then(() => {
      notifications.show({ color: 'green', message: t(`recognition.review.done.${action}`) });
    });
  const confirmed = (action: 'accept' | 'recommend') =>
    confirmAction(
      t(`recognition.review.${action}Confirm`, { title: practice.title }),
      t(LABELS[action]),
      () => {
        decide(action).catch((e: unknown) => notifications.show({ color: 'red', message: describeError(e) }));
      },
    );
  return (
    <Group>
      {practice.allowedActions.includes('ACCEPT') && (
        <Button onClick={() => confirmed('accept')} loading={review.isPending}>
          {t(LABELS.accept)}
        </Button>
      )}
      {practice.allowedActions.includes('RETURN') && (
        <Button variant="light" color="orange" onClick={() => setReturning(true)}>
          {t(LABELS.return)}
        </Button>
      )}
      {practice.allowedActions.includes('RECOMMEND') && (
        <Button color="grape" onClick={() => confirmed('recommend')} loading={review.isPending}>
          {t(LABELS.recommend)}
        </Button>
      )}
      <Modal opened={returning} onClose={() => setReturning(false)} title={t(LABELS.return)} size="lg">
        {returning && (
          <ReturnForm
            labels={{
              comment: t('recognition.review.returnComment'),
              required: t('recognition.review.commentRequired'),
              question: t('recognition.review.returnConfirm', { title: practice.title }),
              action: t(LABELS.return),
            }}
            onSend={(comment) => decide('return', comment).then(() => navigate('/best-practices'))}
            onClose={() => setReturning(false)}
          />
        )}
      </Modal>
    </Group>
  );
}
