import { expect, test } from '@playwright/test';

import { expectAccessible, login, shot } from './support';

test('a curator sends a fill link, the participant fills it on a phone without logging in, and the curator sees the answers', async ({
  page,
  browser,
}) => {
  await login(page, 'school');
  await page.getByRole('link', { name: 'Участники' }).click();
  const name = `Орлова Вера ${Date.now()}`;
  await page.getByRole('link', { name: 'Добавить участника' }).click();
  await page.getByRole('textbox', { name: 'ФИО', exact: true }).fill(name);
  await page.getByRole('checkbox', { name: 'Кандидат в наставляемые' }).check();
  await page.getByRole('checkbox', { name: 'Согласие получено' }).check();
  await page.getByRole('combobox', { name: 'Кто дал согласие' }).click();
  await page.getByRole('option', { name: 'Законный представитель' }).click();
  await page.getByRole('textbox', { name: 'ФИО давшего согласие' }).fill('Орлов Пётр Ильич, опекун');
  await page.getByRole('textbox', { name: 'Реквизиты документа' }).fill('Заявление № 31 от 02.09.2025');
  await page.getByRole('textbox', { name: 'Дата рождения', exact: true }).fill('2011-02-14');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByRole('table', { name: 'История согласий' })).toContainText('Законный представитель');
  await expect(page.getByRole('button', { name: 'Отправить ссылку' })).toBeVisible();
  await expectAccessible(page, 'a participant’s page with their questionnaires');

  await page.getByRole('button', { name: 'Отправить ссылку' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Анкета' }).click();
  await page.getByRole('option', { name: 'Анкета наставляемого', exact: true }).click();
  await dialog.getByRole('button', { name: 'Создать ссылку' }).click();
  const address = dialog.getByRole('textbox', { name: 'Адрес для участника' });
  await expect(address).toHaveValue(/\/fill\/[A-Za-z0-9_-]{43}$/);
  const url = await address.inputValue();
  await expectAccessible(page, 'the fill link dialog with the new link');
  await shot(page, 'fill-link-created');
  await page.keyboard.press('Escape');

  // The participant: another browser, a phone-sized screen, no account.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'ru-RU',
    reducedMotion: 'reduce',
  });
  const fill = await phone.newPage();
  await fill.goto(url);
  await expect(fill.getByRole('heading', { name: 'Анкета наставляемого' })).toBeVisible();
  await expect(fill.getByText(`Анкета для: ${name}`)).toBeVisible();
  await expectAccessible(fill, 'the fill page on a phone');
  await fill.getByRole('button', { name: 'Отправить анкету' }).click();
  await expect(fill.getByText('Ответьте на обязательный вопрос').first()).toBeVisible();
  await expectAccessible(fill, 'the fill page on a phone with unanswered questions');
  await fill.getByRole('combobox', { name: /С чем вам нужна помощь/ }).click();
  await fill.getByRole('option', { name: 'Профориентация и выбор профессии' }).click();
  await expectAccessible(fill, 'the fill page on a phone with a list open');
  await fill.keyboard.press('Escape');
  await fill.getByRole('textbox', { name: /Опишите трудность/ }).fill('Не знаю, какую профессию выбрать');
  await fill.getByRole('radio', { name: /Педагог/ }).check();
  await fill.getByRole('textbox', { name: /Когда вы свободны/ }).fill('Вторник и четверг после уроков');
  await shot(fill, 'fill-page-phone');
  await fill.getByRole('button', { name: 'Отправить анкету' }).click();
  await expect(fill.getByRole('heading', { name: 'Спасибо!' })).toBeVisible();
  await expectAccessible(fill, 'the thanks on a phone');
  await fill.goto(url);
  await expect(fill.getByRole('heading', { name: 'Анкета уже заполнена' })).toBeVisible();
  await expectAccessible(fill, 'a used fill link on a phone');
  await phone.close();

  await page.reload();
  const responses = page.getByRole('table', { name: 'Заполненные анкеты' });
  await expect(responses).toContainText('Анкета наставляемого');
  await expect(responses).toContainText('По личной ссылке');
  await expect(page.getByRole('table', { name: 'Отправленные ссылки' })).toContainText('Анкета заполнена');
  await expect(page.getByText('Профориентация и выбор профессии').first()).toBeVisible();
  await responses.getByRole('button', { name: 'Ответы' }).click();
  const answers = page.getByRole('dialog');
  await expect(answers).toContainText('Вторник и четверг после уроков');
  await expect(answers).toContainText('Педагог');
  await expectAccessible(page, 'the answers dialog');
  await shot(page, 'fill-answers-seen-by-curator');
});
