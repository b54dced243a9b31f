import { formatFullName } from '@vhod/domain';
import type { Person } from '@vhod/db';
import { builder } from '../../builder';

export const PersonRef = builder.objectRef<Person>('Person');

PersonRef.implement({
  description: 'A person card (личная карточка) of the school information system.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID (a UUID).' }),
    fullName: t.string({ description: 'ФИО: last, first and middle name.', resolve: (person) => formatFullName(person) }),
    lastName: t.exposeString('lastName', { description: 'Surname (фамилия).' }),
    firstName: t.exposeString('firstName', { description: 'Given name (имя).' }),
    middleName: t.exposeString('middleName', { nullable: true, description: 'Patronymic (отчество); null when there is none.' }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true, description: 'Null when the card has none.' }),
  }),
});
