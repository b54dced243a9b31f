import { emailOutbox } from '@vhod/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signInAtEsia, useBrowserTests } from '../src';

const t = useBrowserTests();

describe('«Недоставленные письма» in the staff console (issue 14 item 13)', () => {
  it('the regional administrator sees an email given up with the mail server’s reason and sends it again', async () => {
    const { page, sut } = t;
    const { db } = sut.stack.database;
    // An email the worker gave up on after all its attempts (the worker keeps the reason with addresses removed).
    const [email] = await db
      .insert(emailOutbox)
      .values({
        template: 'access-request-rejected',
        toAddress: 'anna.petrova@example.test',
        subject: 'Обращение 2026-000123 отклонено',
        textBody: 'Нет такого ученика',
        htmlBody: '<p>Нет такого ученика</p>',
        attempts: 12,
        lastError: "Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: user unknown",
      })
      .returning();

    await page.goto(`${sut.stack.apiUrl}/staff/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await signInAtEsia(page, 'Захаров Виктор Сергеевич');
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    await page.getByRole('navigation', { name: 'Разделы консоли' }).getByRole('link', { name: 'Недоставленные письма' }).click();
    await page.getByRole('heading', { name: 'Недоставленные письма', level: 1 }).waitFor();

    const row = page.getByRole('row', { name: /Обращение отклонено/ });
    await row.getByText('550 5.1.1 <[address]>: user unknown').waitFor();
    expect(await page.content()).not.toMatch(/anna\.petrova|Нет такого ученика/);

    await row.getByRole('button', { name: 'Отправить снова' }).click();
    await page.getByRole('status').getByText('Письмо поставлено в очередь и будет отправлено снова.').waitFor();
    await page.getByText('Недоставленных писем нет.').waitFor();
    // Put back in the queue: the worker beside the API takes it at its next poll.
    const [retried] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, email!.id));
    expect(retried?.attempts).toBeLessThan(12);
  });

  it('is not in the console of a school’s administrator', async () => {
    const { page, sut } = t;
    await page.goto(`${sut.stack.apiUrl}/staff/`);
    await page.getByRole('link', { name: 'Войти через Госуслуги' }).click();
    await signInAtEsia(page, 'Орлова Елена Павловна');
    await page.getByRole('button', { name: 'Даю согласие' }).click();
    await page.getByRole('navigation', { name: 'Разделы консоли' }).waitFor();
    expect(await page.getByRole('link', { name: 'Недоставленные письма' }).count()).toBe(0);
  });
});
