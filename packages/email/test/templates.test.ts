import { describe, expect, it } from 'vitest';
import { accessRequestCreated, accessRequestRejected, accessRequestResolved } from '../src/index';

const hostile = '<script>alert("x")</script> & «ок»';

describe('accessRequestCreated', () => {
  const email = accessRequestCreated({ number: '2026-000123', fullName: 'Петрова Анна Сергеевна', organisationName: 'МБОУ «СОШ № 1»' });

  it('has the subject and the product sentences in both versions', () => {
    expect(email.subject).toBe('Обращение 2026-000123 зарегистрировано');
    for (const body of [email.text, email.html]) {
      expect(body).toContain('Успешно создан запрос получения доступа в систему');
      expect(body).toContain('Вашему обращению присвоен номер 2026-000123.');
      expect(body).toContain('МБОУ «СОШ № 1»');
      expect(body).toContain('«Мои обращения»');
      expect(body).toContain('электронной почты');
    }
    expect(email.text).toContain('Здравствуйте, Петрова Анна Сергеевна!');
  });

  it('uses the common Russian layout', () => {
    expect(email.html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    expect(email.html).toContain('<meta charset="utf-8">');
    expect(email.html).toContain('<title>Обращение 2026-000123 зарегистрировано</title>');
    expect(email.html).not.toContain('<style');
  });

  it('escapes user data in the HTML and keeps it as typed in the text', () => {
    const bad = accessRequestCreated({ number: '2026-000124', fullName: hostile, organisationName: hostile });
    expect(bad.html).not.toContain('<script>');
    expect(bad.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «ок»');
    expect(bad.text).toContain(hostile);
  });
});

describe('accessRequestResolved', () => {
  it('is exactly the product sentence', () => {
    const email = accessRequestResolved({ number: '2026-000123', comment: 'Карточка найдена, доступ выдан' });
    const sentence =
      'Ваше обращение 2026-000123 рассмотрено сотрудником организации. Обращение было разрешено с следующим комментарием: Карточка найдена, доступ выдан. Теперь Вы можете выполнить вход в систему с использованием данной учетной записи ЕСИА.';
    expect(email.subject).toBe('Обращение 2026-000123 разрешено');
    expect(email.text.split('\n\n')[0]).toBe(sentence);
    expect(email.html).toContain(`<p style="margin:0 0 16px 0;">${sentence}</p>`);
  });

  it('escapes <script> in the comment', () => {
    const email = accessRequestResolved({ number: '2026-000123', comment: hostile });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('комментарием: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «ок». Теперь');
  });
});

describe('accessRequestRejected', () => {
  it('is exactly the product sentence', () => {
    const email = accessRequestRejected({ number: '2026-000125', comment: 'Ребёнок не обучается в этой школе' });
    const sentence =
      'Ваше обращение 2026-000125 рассмотрено сотрудником организации. Обращение было отклонено с следующим комментарием: Ребёнок не обучается в этой школе.';
    expect(email.subject).toBe('Обращение 2026-000125 отклонено');
    expect(email.text.split('\n\n')[0]).toBe(sentence);
    expect(email.html).toContain(`<p style="margin:0 0 16px 0;">${sentence}</p>`);
  });

  it('escapes <script> in the comment and keeps its line breaks', () => {
    const email = accessRequestRejected({ number: '2026-000125', comment: `Не найдено.\n${hostile}` });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('комментарием: Не найдено.<br>&lt;script&gt;');
  });

  it('does not double the full stop when the comment ends with one', () => {
    const email = accessRequestRejected({ number: '2026-000125', comment: '  Нет такого ученика.  ' });
    expect(email.text).toContain('комментарием: Нет такого ученика.\n');
    expect(email.text).not.toContain('..');
  });
});
