import { expect, test, type Page } from '@playwright/test';

import { addParticipant, choose, expectAccessible, issueOrder, login, shot } from './support';

const TEMPLATE = 'Подготовка одарённого ученика к олимпиадам и конкурсам';
const GOALS = [
  'Подготовиться к этапам всероссийской олимпиады школьников',
  'Выполнить исследовательский проект',
  'Собрать портфолио достижений',
];
const ACTIVITY = 'Диагностика знаний и интересов, составление индивидуального образовательного маршрута';

/** Proposes the pair, approves it by an order and starts it: the way to a pair at work, checked elsewhere in detail. */
async function startPair(page: Page, mentor: string, mentee: string, suffix: string): Promise<void> {
  await page.getByRole('link', { name: 'Наставнические пары' }).click();
  await page.getByRole('button', { name: 'Составить пару' }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, 'Наставник', mentor);
  await choose(page, 'Наставляемые', mentee);
  await dialog.getByRole('combobox', { name: 'Форма наставничества' }).click();
  await page.getByRole('option', { name: 'Учитель — ученик' }).click();
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${mentor} — ${mentee}` })).toBeVisible();
  await expect(page.getByText('Предложена', { exact: true })).toBeVisible();
  const pairPage = page.url();

  await page.getByRole('link', { name: 'Утвердить приказом' }).click();
  await issueOrder(page, `${mentor} — ${mentee}`, `${suffix}-п/р`);

  await page.goto(pairPage);
  await page.getByRole('button', { name: 'Начать работу' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Начать работу' }).click();
  await expect(page.getByText('Действует', { exact: true }).first()).toBeVisible();
}

test('a pair works by its programme and the mentor’s diary, is completed and becomes a best practice of the municipality', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const suffix = Date.now().toString().slice(-6);
  const mentor = `Смирнова Анна ${suffix}`;
  const mentee = `Волков Денис ${suffix}`;
  const topic = `Входная диагностика ${suffix}`;
  const result = `Маршрут составлен, выбраны олимпиады по математике ${suffix}`;
  const practiceTitle = `Олимпиадный маршрут ученика ${suffix}`;
  const today = new Date().toLocaleDateString('ru-RU');
  const contextOptions = { baseURL, locale: 'ru-RU', reducedMotion: 'reduce' } as const;

  await login(page, 'school');
  await addParticipant(page, 'mentor', mentor);
  await addParticipant(page, 'mentee', mentee);
  await startPair(page, mentor, mentee, suffix);

  // The curator writes the personalised programme from the template of the pair's form and has it agreed.
  const programme = page.getByRole('heading', { name: 'Персонализированная программа' }).locator('..');
  await programme.getByRole('combobox', { name: 'Шаблон программы' }).click();
  await page.getByRole('option', { name: TEMPLATE }).click();
  await expect(programme.getByText('Целей: 3, мероприятий: 9.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'an active pair without a programme, a template chosen');
  await programme.getByRole('button', { name: 'Составить по шаблону' }).click();
  await expect(programme.getByText('Черновик, не согласована')).toBeVisible();
  await expect(programme.getByText(`«${TEMPLATE}»`)).toBeVisible();
  const plan = page.getByRole('table', { name: 'План мероприятий' });
  await expect(plan.getByRole('row')).toHaveCount(10);

  await programme.getByRole('button', { name: 'Изменить программу' }).click();
  const editor = page.getByRole('dialog', { name: 'Изменить программу' });
  await editor.getByRole('combobox', { name: 'День встреч' }).click();
  await page.getByRole('option', { name: 'Вторник' }).click();
  await editor.getByLabel('Время встреч').fill('15:00');
  await editor.getByRole('textbox', { name: 'Где и как встречаться' }).fill('Кабинет 21, после уроков');
  await expectAccessible(page, 'the programme editor');
  await editor.getByRole('button', { name: 'Сохранить' }).click();
  await expect(editor).toBeHidden();
  await expect(programme).toContainText('Вторник, 15:00, Кабинет 21, после уроков');

  await programme.getByRole('button', { name: 'Согласовать' }).click();
  const agreement = page.getByRole('dialog', { name: 'Согласование программы' });
  await agreement
    .getByText(`Наставляемый: ${mentee}`)
    .locator('..')
    .getByRole('textbox', { name: 'ФИО давшего согласие' })
    .fill(`Родитель ${mentee}`);
  await expectAccessible(page, 'the programme’s agreement');
  await agreement.getByRole('button', { name: 'Согласовать' }).click();
  await expect(programme.getByText(`Согласована ${today}`)).toBeVisible();
  await expectAccessible(page, 'an agreed programme');
  await shot(page, 'pair-work-programme');

  // The diary's link for the mentor: its address is shown only now.
  await page.getByRole('button', { name: 'Ссылка для наставника' }).click();
  const linkDialog = page.getByRole('dialog', { name: 'Ссылка для наставника' });
  await linkDialog.getByRole('button', { name: 'Создать ссылку' }).click();
  const address = linkDialog.getByRole('textbox', { name: 'Адрес дневника' });
  await expect(address).toHaveValue(/\/diary\/[A-Za-z0-9_-]{43}$/);
  const url = await address.inputValue();
  await expectAccessible(page, 'the diary link dialog with the new link');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('table', { name: 'Ссылки на дневник' })).toContainText('не открывалась');

  // The mentor: another browser, a phone, no account.
  const phone = await browser.newContext({ ...contextOptions, viewport: { width: 390, height: 844 } });
  const diary = await phone.newPage();
  await diary.goto(url);
  await expect(diary.getByRole('heading', { name: 'Дневник наставника' })).toBeVisible();
  await expect(diary.getByText(`Наставляемые: ${mentee}`)).toBeVisible();
  await expect(diary.getByText(ACTIVITY).first()).toBeVisible();
  await expectAccessible(diary, 'the mentor’s diary on a phone');
  await shot(diary, 'pair-work-diary-phone');

  await diary.getByRole('button', { name: 'Записать встречу' }).click();
  const meeting = diary.locator('form');
  await expect(meeting.getByRole('checkbox', { name: 'Встреча проведена' })).toBeChecked();
  await expect(meeting.getByRole('textbox', { name: 'Дата', exact: true })).toHaveValue(
    new Date().toLocaleDateString('sv-SE'),
  );
  await expect(meeting.getByRole('checkbox', { name: mentee })).toBeChecked();
  await meeting.getByRole('textbox', { name: 'Продолжительность, мин' }).fill('45');
  await meeting.getByRole('textbox', { name: 'Тема', exact: true }).fill(topic);
  await meeting
    .getByRole('textbox', { name: 'Содержание, договорённости, итоги' })
    .fill('Пробное олимпиадное задание, разговор об интересах');
  await meeting.getByRole('checkbox', { name: ACTIVITY }).check();
  await expectAccessible(diary, 'a new meeting on a phone');
  await meeting.getByRole('button', { name: 'Сохранить' }).click();
  await expect(diary.getByRole('status').filter({ hasText: `Встреча записана: ${today}` })).toBeVisible();
  await expect(diary.getByText(topic)).toBeVisible();

  await diary.getByRole('button', { name: `Выполнено: ${ACTIVITY}` }).click();
  await diary.getByRole('textbox', { name: 'Результат' }).fill(result);
  await expectAccessible(diary, 'an activity being marked done on a phone');
  await diary.getByRole('button', { name: 'Отметить выполненным' }).click();
  await expect(diary.getByText(`Выполнено ${today}`)).toBeVisible();
  await expect(diary.getByText(result)).toBeVisible();
  await expectAccessible(diary, 'the diary on a phone with a meeting and an activity done');
  await shot(diary, 'pair-work-diary-phone-filled');
  await phone.close();

  // The curator sees what the mentor recorded.
  await page.reload();
  const meetings = page.getByRole('table', { name: 'Дневник', exact: true });
  await expect(meetings).toContainText(topic);
  await expect(meetings).toContainText('Проведена');
  await expect(meetings).toContainText('(по ссылке)');
  await expect(meetings).toContainText('все были');
  const done = plan.getByRole('row').filter({ hasText: ACTIVITY });
  await expect(done).toContainText(`Выполнено ${today}`);
  await expect(done).toContainText(result);
  await expectAccessible(page, 'a pair with the mentor’s meeting and an activity done');
  await shot(page, 'pair-work-seen-by-curator');

  // The timeline puts the pair's story in one list: the mentor's meeting and the activity done are on it.
  const timeline = page.getByRole('region', { name: 'Хронология' });
  await expect(timeline).toContainText(topic);
  await expect(timeline).toContainText(`Выполнено мероприятие: ${ACTIVITY}`);
  await expect(timeline).toContainText('Программа согласована');
  await timeline.getByText('Встречи', { exact: true }).click();
  await expect(timeline).toContainText(topic);
  await expect(timeline).not.toContainText(`Выполнено мероприятие: ${ACTIVITY}`);
  await expectAccessible(page, 'the pair’s timeline filtered to its meetings');
  await timeline.getByText('Все', { exact: true }).click();

  // Completion through the wizard: the goals, the outcome, a review, a confirmation.
  await page.getByRole('button', { name: 'Завершить', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Завершение работы пары' });
  for (const goal of GOALS) {
    await wizard
      .getByRole('radiogroup', { name: goal })
      .getByRole('radio', { name: 'Достигнута', exact: true })
      .check();
  }
  await wizard
    .getByRole('textbox', { name: `Что сделано, чего не хватило: ${GOALS[0]}` })
    .fill('Призёр муниципального этапа');
  await expectAccessible(page, 'the completion wizard: the goals');
  await wizard.getByRole('button', { name: 'Далее' }).click();
  await wizard
    .getByRole('radiogroup', { name: 'Итог работы пары' })
    .getByRole('radio', { name: 'Эффективна', exact: true })
    .check();
  await wizard.getByRole('checkbox', { name: 'Итоговая встреча состоялась' }).check();
  await wizard.getByRole('textbox', { name: 'Комментарий куратора' }).fill('Работа шла по плану');
  await expectAccessible(page, 'the completion wizard: the outcome');
  await wizard.getByRole('button', { name: 'Далее' }).click();
  await expect(wizard).toContainText('Итог работы: Эффективна');
  await expect(wizard).toContainText(`${GOALS[0]}: Достигнута (Призёр муниципального этапа)`);
  await expectAccessible(page, 'the completion wizard: the review');
  await shot(page, 'pair-work-completion-review');
  await wizard.getByRole('button', { name: 'Завершить работу пары' }).click();
  await page
    .getByRole('dialog', { name: 'Подтвердите действие' })
    .getByRole('button', { name: 'Завершить работу пары' })
    .click();
  await expect(wizard).toBeHidden();
  await expect(page.getByText('Завершена', { exact: true }).first()).toBeVisible();
  const results = page.getByRole('heading', { name: 'Итоги завершения' }).locator('../..');
  await expect(results).toContainText('Эффективна');
  await expect(results).toContainText('Работа шла по плану');
  await expect(page.getByRole('table', { name: 'Цели программы' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('table', { name: 'Цели программы' })).toContainText(
    'Призёр муниципального этапа',
  );
  await expectAccessible(page, 'a completed pair with its results');
  await shot(page, 'pair-work-completed');

  // The curator proposes the pair as a best practice, with everyone's consent to publish.
  await page.getByRole('link', { name: 'Лучшие практики', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Лучшие практики' })).toBeVisible();
  await expect(page).toHaveTitle('Лучшие практики — Наставник');
  await page.getByRole('button', { name: 'Предложить практику' }).first().click();
  const proposal = page.getByRole('dialog', { name: 'Новая лучшая практика' });
  await choose(page, 'Завершённая пара или группа', mentor);
  await proposal.getByRole('textbox', { name: 'Название практики' }).fill(practiceTitle);
  await expectAccessible(page, 'the new practice dialog');
  await proposal.getByRole('button', { name: 'Предложить практику' }).click();
  await expect(page.getByRole('heading', { level: 1, name: practiceTitle })).toBeVisible();
  await expect(page).toHaveTitle(`${practiceTitle} — Наставник`);
  await expect(page.getByText('Черновик', { exact: true })).toBeVisible();

  await page
    .getByRole('textbox', { name: 'Описание' })
    .fill('Учитель и ученик шли по индивидуальному маршруту: олимпиадные задания, проект, конференция.');
  await page
    .getByRole('textbox', { name: 'Результаты' })
    .fill('Ученик — призёр муниципального этапа олимпиады, выступил на конференции.');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText('Практика сохранена')).toBeVisible();
  await expectAccessible(page, 'the practice editor');

  const consents = page.getByRole('table', { name: 'Согласия на публикацию' });
  await consents
    .getByRole('row')
    .filter({ hasText: mentor })
    .getByRole('button', { name: 'Оформить согласие' })
    .click();
  const mentorConsent = page.getByRole('dialog', { name: `Согласие на публикацию: ${mentor}` });
  await expect(mentorConsent.getByRole('radio', { name: 'С именем, без фото' })).toBeChecked();
  await mentorConsent
    .getByRole('textbox', { name: 'Реквизиты документа' })
    .fill('Согласие № 12 от 20.05.2026');
  await mentorConsent.getByRole('button', { name: 'Сохранить' }).click();
  await expect(mentorConsent).toBeHidden();
  await expect(consents.getByRole('row').filter({ hasText: mentor })).toContainText('С именем, без фото');

  const menteeRow = consents.getByRole('row').filter({ hasText: mentee });
  await expect(menteeRow).toContainText('Несовершеннолетний');
  await menteeRow.getByRole('button', { name: 'Оформить согласие' }).click();
  const menteeConsent = page.getByRole('dialog', { name: `Согласие на публикацию: ${mentee}` });
  await expect(menteeConsent.getByRole('combobox', { name: 'Кто дал согласие' })).toHaveValue('Родитель');
  await menteeConsent.getByRole('textbox', { name: 'ФИО давшего согласие' }).fill(`Родитель ${mentee}`);
  await menteeConsent
    .getByRole('textbox', { name: 'Реквизиты документа' })
    .fill('Согласие № 13 от 20.05.2026');
  await expectAccessible(page, 'a parent’s consent to publish');
  await menteeConsent.getByRole('button', { name: 'Сохранить' }).click();
  await expect(menteeConsent).toBeHidden();
  await expect(menteeRow).toContainText(`Родитель: Родитель ${mentee}`);

  await page.getByRole('button', { name: 'Отправить на рассмотрение' }).click();
  const submit = page.getByRole('dialog', { name: 'Отправить на рассмотрение' });
  await submit.getByRole('textbox', { name: 'Комментарий для муниципалитета' }).fill('Просим рассмотреть');
  await expectAccessible(page, 'sending a practice for review');
  await submit.getByRole('button', { name: 'Отправить на рассмотрение' }).click();
  await expect(submit).toBeHidden();
  await expect(page.getByText('На рассмотрении', { exact: true })).toBeVisible();
  await expect(page.getByText('Отправлена на рассмотрение', { exact: true })).toBeVisible();
  await expectAccessible(page, 'a practice sent for review');
  await shot(page, 'pair-work-practice-submitted');

  // The coordinator of the school's municipality accepts it into the municipal bank.
  const municipality = await browser.newContext(contextOptions);
  const muni = await municipality.newPage();
  await login(muni, 'muni');
  await muni.getByRole('link', { name: 'Лучшие практики школ' }).click();
  await expect(muni.getByRole('heading', { level: 1, name: 'Лучшие практики организаций' })).toBeVisible();
  const list = muni.getByRole('table', { name: 'Лучшие практики организаций' });
  await muni.getByRole('textbox', { name: 'Поиск' }).fill(practiceTitle);
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('МОУ СОШ № 17');
  await expect(list).toContainText('На рассмотрении');
  await expectAccessible(muni, 'the practices of the municipality’s schools');
  await list.getByRole('link', { name: practiceTitle }).click();
  await expect(muni.getByRole('heading', { level: 1, name: practiceTitle })).toBeVisible();
  const people = muni.getByRole('list', { name: 'Участники' });
  await expect(people).toContainText(mentor);
  await expect(people).toContainText(mentee);
  await expectAccessible(muni, 'a practice under review');
  await muni.getByRole('button', { name: 'Принять в банк' }).click();
  const accept = muni.getByRole('dialog', { name: 'Подтвердите действие' });
  await expect(accept).toContainText(
    `Принять практику «${practiceTitle}» в муниципальный банк лучших практик?`,
  );
  await accept.getByRole('button', { name: 'Принять в банк' }).click();
  await expect(muni.getByText('Принята в банк', { exact: true })).toBeVisible();
  await expect(muni.getByRole('button', { name: 'Принять в банк' })).toBeHidden();
  await expectAccessible(muni, 'an accepted practice');
  await shot(muni, 'pair-work-practice-accepted');
  await municipality.close();

  await page.reload();
  await expect(page.getByText('Принята в банк', { exact: true })).toBeVisible();
  await expect(page.getByText('Принята в муниципальный банк', { exact: true })).toBeVisible();
});
