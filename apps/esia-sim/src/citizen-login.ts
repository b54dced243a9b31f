import type { DemoCitizen } from '@vhod/demo-people';
import { demoCitizens, demoPassword } from './citizens';

/**
 * Finds the citizen a login form refers to. Like Госуслуги, the login field takes a phone,
 * an e-mail or a SNILS, written the way people type them (spaces, dashes, 8 instead of +7).
 */
export function findCitizenByLogin(login: string): DemoCitizen | undefined {
  const trimmed = login.trim();
  if (trimmed === '') {
    return undefined;
  }
  if (trimmed.includes('@')) {
    const email = trimmed.toLowerCase();
    return demoCitizens.find((citizen) => citizen.email?.toLowerCase() === email);
  }
  // Only digits and the usual separators can be a phone or a SNILS.
  if (!/^[+\d\s()-]+$/.test(trimmed)) {
    return undefined;
  }
  const digits = trimmed.replace(/\D/g, '');
  const phoneDigits = normalizePhoneDigits(digits);
  return demoCitizens.find(
    (citizen) =>
      (citizen.snils !== undefined && citizen.snils.replace(/\D/g, '') === digits) ||
      (phoneDigits !== undefined && citizen.phone !== undefined && normalizePhoneDigits(citizen.phone.replace(/\D/g, '')) === phoneDigits),
  );
}

function normalizePhoneDigits(digits: string): string | undefined {
  if (digits.length === 10) {
    return `7${digits}`;
  }
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))) {
    return `7${digits.slice(1)}`;
  }
  return undefined;
}

export const wrongCredentialsMessage = 'Неверный логин или пароль';

export function authenticateCitizen(login: string, password: string): DemoCitizen | undefined {
  const citizen = findCitizenByLogin(login);
  return citizen !== undefined && password === demoPassword ? citizen : undefined;
}
