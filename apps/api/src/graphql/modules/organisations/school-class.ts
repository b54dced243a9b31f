import { classes, type SchoolClass } from '@vhod/db';
import { asc, eq } from 'drizzle-orm';
import { builder } from '../../builder';

export const SchoolClassRef = builder.objectRef<SchoolClass>('SchoolClass');

SchoolClassRef.implement({
  description: 'A class, kindergarten group, college group or club of an organisation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
  }),
});

builder.queryField('organisationClasses', (t) =>
  t.field({
    type: [SchoolClassRef],
    description: 'The classes (groups) of one organisation, in their usual order.',
    args: { organisationId: t.arg.id({ required: true }) },
    resolve: (_root, { organisationId }, { services }) => {
      const id = String(organisationId);
      if (!/^[0-9a-f-]{36}$/i.test(id)) return [];
      return services.db.select().from(classes).where(eq(classes.organisationId, id)).orderBy(asc(classes.sortOrder), asc(classes.name));
    },
  }),
);
