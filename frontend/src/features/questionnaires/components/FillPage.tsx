import { Alert, Button, Center, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { Refusal } from '../../../components/ui/Refusal';
import { ApiError } from '../../../lib/api/problem';
import { useFillForm, useSubmitFill } from '../api';
import { answerErrors, checkAnswers, QuestionnaireForm, toAnswers, useAnswers } from './QuestionnaireForm';

/**
 * The page a participant (or a parent) opens from a personal link, usually on a phone. It needs no account; the
 * link's secret is all it sends.
 */
export function FillPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const form = useFillForm(token);
  const submit = useSubmitFill(token);
  const { answers, errors, setErrors, change } = useAnswers();

  if (form.isPending) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (form.error) {
    return <Refusal error={form.error} />;
  }
  if (submit.data) {
    return (
      <Container size="sm" py="xl">
        <Paper withBorder p="xl" radius="md">
          <Stack>
            <Title order={1}>{t('fill.thanks')}</Title>
            <Text>{t('fill.received', { title: submit.data.title })}</Text>
            <Text c="dimmed">{t('fill.canClose')}</Text>
          </Stack>
        </Paper>
      </Container>
    );
  }

  const data = form.data;
  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = checkAnswers(data.questions, answers);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    try {
      await submit.mutateAsync(toAnswers(data.questions, answers));
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(answerErrors(error.fieldErrors()));
      }
    }
  };
  const failed = submit.error instanceof ApiError && Object.keys(errors).length === 0 ? submit.error : null;

  return (
    <Container size="sm" py="md" px="sm">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('app.name')}
            </Text>
            <Title order={1}>{data.title}</Title>
            <Text>{t('fill.forWhom', { name: data.participantName })}</Text>
            {data.description && <Text c="dimmed">{data.description}</Text>}
            <Text size="sm" c="dimmed">
              {t('fill.validUntil', { date: new Date(data.expiresAt).toLocaleDateString('ru-RU') })}
            </Text>
          </Stack>
          <QuestionnaireForm
            questions={data.questions}
            value={answers}
            onChange={change}
            errors={errors}
            competencies={data.competencies}
            candidates={data.candidates}
          />
          {Object.keys(errors).length > 0 && (
            <Alert color="red" role="alert">
              {t('fill.fixErrors')}
            </Alert>
          )}
          {failed && (
            <Alert color="red" role="alert" title={failed.problem.title}>
              {failed.problem.detail}
            </Alert>
          )}
          <Button type="submit" size="md" fullWidth loading={submit.isPending}>
            {t('fill.submit')}
          </Button>
        </Stack>
      </form>
    </Container>
  );
}
