import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/render';
import type { BestPractice } from '../api';
import { BestPracticeEditor } from './BestPracticePage';

vi.mock('../../../lib/auth', () => ({ accessToken: async () => 'token' }));

const draft: BestPractice = {
  id: 'bp1',
  schoolId: 's1',
  mentorship: {
    id: 'm1',
    form: 'TEACHER_PUPIL',
    kind: 'TRADITIONAL',
    startedOn: '2025-09-15',
    endedOn: '2026-05-29',
    mentorName: 'Кузнецова Ольга Ивановна',
    menteeNames: ['Орлов Никита'],
  },
  title: 'Геометрия вдвоём',
  description: 'Готовили проект',
  results: 'Второе место',
  status: 'DRAFT',
  participants: [
    {
      participantId: 'p-mentor',
      fullName: 'Кузнецова Ольга Ивановна',
      kind: 'TEACHER',
      role: 'MENTOR',
      minor: false,
      processingConsent: true,
      consent: {
        publication: 'NAME_AND_PHOTO',
        givenBy: 'SELF',
        giverName: 'Кузнецова Ольга Ивановна',
        givenOn: '2026-06-01',
        documentRef: 'Согласие № 5',
        recordedBy: 'Ефимова Марина',
        recordedAt: '2026-06-01T10:00:00Z',
      },
    },
    {
      participantId: 'p-mentee',
      fullName: 'Орлов Никита',
      kind: 'PUPIL',
      role: 'MENTEE',
      minor: true,
      processingConsent: true,
    },
  ],
  attachments: [],
  attachmentsSize: 0,
  limits: { maxFileSize: 10 * 1024 * 1024, maxTotalSize: 30 * 1024 * 1024 },
  allowedActions: ['EDIT', 'SUBMIT', 'DELETE'],
  createdBy: 'Ефимова Марина',
  createdAt: '2026-06-01T10:00:00Z',
  version: 4,
};

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const sent: { method: string; url: URL; body: unknown }[] = [];

function serve(answer: (method: string, url: URL) => Response | undefined) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (input.method !== 'GET') {
        sent.push({ method: input.method, url, body: await input.json() });
      }
      return answer(input.method, url) ?? json(url.pathname.endsWith('/history') ? [] : draft);
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

describe('the curator’s page of a best practice', () => {
  it('names, next to the participant, the consent the municipality still needs', async () => {
    serve((method) =>
      method === 'POST'
        ? json(
            {
              type: 'urn:nastavnik:problem:validation',
              title: 'Проверьте заполнение полей',
              status: 400,
              errors: [{ field: 'consents.p-mentee', message: 'Орлов Никита: нет согласия на публикацию' }],
            },
            400,
          )
        : undefined,
    );
    const user = userEvent.setup();
    renderWithProviders(<BestPracticeEditor schoolId="s1" practice={draft} />);
    const consents = screen.getByRole('table', { name: 'Согласия на публикацию' });
    expect(within(consents).getByText('С именем и фото')).toBeInTheDocument();
    expect(within(consents).getByText('Нет согласия')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Отправить на рассмотрение' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Комментарий для муниципалитета' }),
      'Готово',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Отправить на рассмотрение' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.url.pathname).toBe('/api/schools/s1/best-practices/bp1/submit');
    expect(sent[0]?.body).toEqual({ version: 4, comment: 'Готово' });
    const row = within(consents).getByText('Орлов Никита').closest('tr') as HTMLElement;
    expect(await within(row).findByRole('alert')).toHaveTextContent(
      'Орлов Никита: нет согласия на публикацию',
    );
  });

  it('takes a minor’s consent to publish only from a parent or guardian', async () => {
    serve(() => undefined);
    const user = userEvent.setup();
    renderWithProviders(<BestPracticeEditor schoolId="s1" practice={draft} />);
    const row = within(screen.getByRole('table', { name: 'Согласия на публикацию' }))
      .getByText('Орлов Никита')
      .closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Оформить согласие' }));
    const dialog = await screen.findByRole('dialog', { name: 'Согласие на публикацию: Орлов Никита' });
    expect(within(dialog).getByRole('combobox', { name: 'Кто дал согласие' })).toHaveValue('Родитель');

    await user.click(within(dialog).getByRole('combobox', { name: 'Кто дал согласие' }));
    await user.click(await screen.findByRole('option', { name: 'Сам участник' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'ФИО давшего согласие' }), 'Орлов Никита');
    await user.type(within(dialog).getByRole('textbox', { name: 'Реквизиты документа' }), 'Заявление № 7');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(
      await within(dialog).findAllByText(
        'За несовершеннолетнего согласие даёт родитель или законный представитель',
      ),
    ).not.toHaveLength(0);
    expect(sent).toHaveLength(0);

    await user.click(within(dialog).getByRole('combobox', { name: 'Кто дал согласие' }));
    await user.click(await screen.findByRole('option', { name: 'Законный представитель' }));
    await user.clear(within(dialog).getByRole('textbox', { name: 'ФИО давшего согласие' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'ФИО давшего согласие' }), 'Орлова Анна');
    await user.click(within(dialog).getByRole('radio', { name: /Без имени/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.url.pathname).toBe('/api/schools/s1/best-practices/bp1/consents/p-mentee');
    expect(sent[0]?.body).toMatchObject({
      publication: 'ANONYMOUS',
      givenBy: 'GUARDIAN',
      giverName: 'Орлова Анна',
      documentRef: 'Заявление № 7',
    });
  });
});

/** A request the test finishes by hand, so that the page can be seen while the file is on its way. */
class HeldRequest {
  static last: HeldRequest | undefined;
  url = '';
  status = 0;
  responseText = '';
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;

  open(_method: string, url: string) {
    this.url = url;
    HeldRequest.last = this;
  }

  setRequestHeader() {}

  send() {
    this.upload.onprogress?.({ lengthComputable: true, loaded: 40, total: 100 });
  }

  finish(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

/** Mantine's file input is a button in front of a hidden input, which is what receives the file. */
function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) {
    throw new Error('no file input');
  }
  return input;
}

describe('attaching a material', () => {
  it('shows how far the upload is and says who is in the material', async () => {
    serve(() => undefined);
    vi.stubGlobal('XMLHttpRequest', HeldRequest);
    const user = userEvent.setup();
    renderWithProviders(<BestPracticeEditor schoolId="s1" practice={draft} />);
    const file = new File(['%PDF-1.7'], 'Программа.pdf', { type: 'application/pdf' });
    await user.upload(fileInput(), file);
    await user.type(screen.getByRole('textbox', { name: 'Подпись для публикации' }), 'Программа пары');
    await user.click(screen.getByRole('combobox', { name: 'Кто виден или назван в материале' }));
    await user.click(await screen.findByRole('option', { name: 'Кузнецова Ольга Ивановна' }));
    await user.click(screen.getByRole('button', { name: 'Загрузить' }));
    expect(await screen.findByText('Загрузка: 40 %')).toBeInTheDocument();
    const url = new URL(HeldRequest.last?.url ?? '');
    expect(url.pathname).toBe('/api/schools/s1/best-practices/bp1/attachments');
    expect(url.searchParams.get('fileName')).toBe('Программа.pdf');
    expect(url.searchParams.get('caption')).toBe('Программа пары');
    expect(url.searchParams.getAll('people')).toEqual(['p-mentor']);

    await act(async () =>
      HeldRequest.last?.finish(415, {
        type: 'urn:nastavnik:problem:unsupported-attachment-type',
        title: 'Такой файл прикрепить нельзя',
        status: 415,
        detail: 'Прикрепляют PDF, JPEG, PNG и DOCX.',
      }),
    );
    expect(await screen.findByText('Прикрепляют PDF, JPEG, PNG и DOCX.')).toBeInTheDocument();
    expect(screen.queryByText('Загрузка: 40 %')).not.toBeInTheDocument();
  });

  it('refuses a file over the limit before sending it', async () => {
    serve(() => undefined);
    vi.stubGlobal('XMLHttpRequest', HeldRequest);
    HeldRequest.last = undefined;
    const user = userEvent.setup();
    renderWithProviders(
      <BestPracticeEditor
        schoolId="s1"
        practice={{ ...draft, limits: { maxFileSize: 4, maxTotalSize: 8 } }}
      />,
    );
    await user.upload(fileInput(), new File(['%PDF-1.7'], 'большой.pdf'));
    await user.click(screen.getByRole('button', { name: 'Загрузить' }));
    expect(await screen.findByText('Файл больше 1 КБ')).toBeInTheDocument();
    expect(HeldRequest.last).toBeUndefined();
  });
});
