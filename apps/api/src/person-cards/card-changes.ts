import type { PersonCardInput } from '@vhod/domain';
import type { Person } from '@vhod/db';

/** The columns of a card the console edits, in the order the form shows them. */
export const editableCardFields = [
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'gender',
  'snils',
  'documentType',
  'documentSeries',
  'documentNumber',
  'email',
  'phone',
] as const;
export type EditableCardField = (typeof editableCardFields)[number];
export type EditableCardColumns = Pick<Person, EditableCardField>;

export function columnsOfInput(input: PersonCardInput): EditableCardColumns {
  return {
    lastName: input.lastName,
    firstName: input.firstName,
    middleName: input.middleName,
    birthDate: input.birthDate,
    gender: input.gender,
    snils: input.snils,
    documentType: input.document?.type ?? null,
    documentSeries: input.document?.series ?? null,
    documentNumber: input.document?.number ?? null,
    email: input.email,
    phone: input.phone,
  };
}

export type CardChanges = Partial<Record<EditableCardField, { before: string | null; after: string | null }>>;

/** Only what differs: the audit entry must say what was changed, not repeat the whole card. */
export function cardChanges(before: EditableCardColumns, after: EditableCardColumns): CardChanges {
  const changes: CardChanges = {};
  for (const field of editableCardFields) {
    const was = before[field] ?? null;
    const now = after[field] ?? null;
    if (was !== now) changes[field] = { before: was, after: now };
  }
  return changes;
}
