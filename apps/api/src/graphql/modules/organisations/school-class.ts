import { classes, type SchoolClass } from '@vhod/db';
import { asc, eq } from 'drizzle-orm';
import { builder } from '../../builder';
import { arrayConnection } from '../../shared/pagination/array-connection';
import { connectionTypes } from '../../shared/pagination/connection-types';

export const SchoolClassRef = builder.objectRef<SchoolClass>('SchoolClass');

SchoolClassRef.implement({
  description: 'A class, kindergarten group, college group or club of an organisation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID (a UUID).' }),
    name: t.exposeString('name', { description: 'Its name as the organisation writes it, e.g. «8А».' }),
  }),
});

// An organisation has tens of classes, rarely more than a hundred: one page of the default size holds them.
const schoolClassPageSize = { default: 200, max: 200 } as const;

builder.queryField('organisationClasses', (t) =>
  t.connection(
    {
      type: SchoolClassRef,
      description: `The classes (groups) of one organisation, in their usual order; none for an unknown organisation. Pages of up to ${schoolClassPageSize.max} (the default).`,
      authScopes: { organisationDirectory: true },
      args: { organisationId: t.arg.id({ required: true, description: 'The organisation’s ID.' }) },
      resolve: async (_root, args, { services }) => {
        const id = String(args.organisationId);
        const rows = /^[0-9a-f-]{36}$/i.test(id)
          ? await services.db
              .select()
              .from(classes)
              .where(eq(classes.organisationId, id))
              .orderBy(asc(classes.sortOrder), asc(classes.name))
          : [];
        return arrayConnection(args, rows, schoolClassPageSize);
      },
    },
    ...connectionTypes('SchoolClass', 'classes'),
  ),
);
