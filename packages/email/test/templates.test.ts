import { describe, expect, it } from 'vitest';
import { accessRequestCreated, accessRequestRejected, accessRequestResolved } from '../src/index';

const hostile = '<script>alert("x")</script> & «ок»';
const portalOrigin = 'https://vhod.example.ru';

describe('accessRequestCreated', () => {
  const email = accessRequestCreated({
    number: '2026-000123',
    fullName: 'Петрова Анна Сергеевна',
    organisationName: 'МБОУ «СОШ № 1»',
    portalOrigin,
  });

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
    const bad = accessRequestCreated({ number: '2026-000124', fullName: hostile, organisationName: hostile, portalOrigin });
    expect(bad.html).not.toContain('<script>');
    expect(bad.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «ок»');
    expect(bad.text).toContain(hostile);
  });
});

describe('accessRequestResolved', () => {
  it('is exactly the product sentence', () => {
    const email = accessRequestResolved({ number: '2026-000123', comment: 'Карточка найдена, доступ выдан', portalOrigin });
    const lines = [
      'Ваше обращение 2026-000123 рассмотрено сотрудником организации.',
      'Обращение было разрешено с следующим комментарием: Карточка найдена, доступ выдан.',
      'Теперь Вы можете выполнить вход в систему с использованием данной учетной записи ЕСИА.',
    ];
    expect(email.subject).toBe('Обращение 2026-000123 разрешено');
    expect(email.text.split('\n\n')[0]).toBe(lines.join('\n'));
    expect(email.html).toContain(`<p style="margin:0 0 16px 0;">${lines.join('<br>')}</p>`);
  });

  it('escapes <script> in the comment', () => {
    const email = accessRequestResolved({ number: '2026-000123', comment: hostile, portalOrigin });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('комментарием: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «ок».<br>Теперь');
  });
});

describe('accessRequestRejected', () => {
  it('is exactly the product sentence', () => {
    const email = accessRequestRejected({ number: '2026-000125', comment: 'Ребёнок не обучается в этой школе', portalOrigin });
    const lines = [
      'Ваше обращение 2026-000125 рассмотрено сотрудником организации.',
      'Обращение было отклонено с следующим комментарием: Ребёнок не обучается в этой школе.',
    ];
    expect(email.subject).toBe('Обращение 2026-000125 отклонено');
    expect(email.text.split('\n\n')[0]).toBe(lines.join('\n'));
    expect(email.html).toContain(`<p style="margin:0 0 16px 0;">${lines.join('<br>')}</p>`);
  });

  it('escapes <script> in the comment and keeps its line breaks', () => {
    const email = accessRequestRejected({ number: '2026-000125', comment: `Не найдено.\n${hostile}`, portalOrigin });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('комментарием: Не найдено.<br>&lt;script&gt;');
  });

  it('does not double the full stop when the comment ends with one', () => {
    const email = accessRequestRejected({ number: '2026-000125', comment: '  Нет такого ученика.  ', portalOrigin });
    expect(email.text).toContain('комментарием: Нет такого ученика.\n');
    expect(email.text).not.toContain('..');
  });
});

describe('links to the portal', () => {
  it('close every email about a request: the portal and «Мои обращения», as addresses in the text and links in the HTML', () => {
    for (const email of [
      accessRequestCreated({ number: '2026-000123', fullName: 'Петрова Анна Сергеевна', organisationName: 'МБОУ «СОШ № 1»', portalOrigin }),
      accessRequestResolved({ number: '2026-000123', comment: 'Доступ выдан', portalOrigin }),
      accessRequestRejected({ number: '2026-000123', comment: 'Не найдено', portalOrigin }),
    ]) {
      expect(email.text).toContain(
        '\n\nВойти в систему: https://vhod.example.ru/\nМои обращения: https://vhod.example.ru/my-requests\n\n—',
      );
      expect(email.html).toContain('<a href="https://vhod.example.ru/" style="color:#0d4cd3;">Войти в систему</a>');
      expect(email.html).toContain('<a href="https://vhod.example.ru/my-requests" style="color:#0d4cd3;">Мои обращения</a>');
    }
  });
});
