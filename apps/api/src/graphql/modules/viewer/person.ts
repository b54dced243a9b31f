import { formatFullName } from '@vhod/domain';
import type { Person } from '@vhod/db';
import { builder } from '../../builder';

export const PersonRef = builder.objectRef<Person>('Person');

PersonRef.implement({
  description: 'A person card (личная карточка) of the school information system.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fullName: t.string({ resolve: (person) => formatFullName(person) }),
    lastName: t.exposeString('lastName'),
    firstName: t.exposeString('firstName'),
    middleName: t.exposeString('middleName', { nullable: true }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true }),
  }),
});
