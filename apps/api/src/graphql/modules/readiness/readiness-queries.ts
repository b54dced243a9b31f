import { builder } from '../../builder';
import { requireReader } from '../../shared/access/require-staff';
import { arrayConnection } from '../../shared/pagination/array-connection';
import { connectionTypes } from '../../shared/pagination/connection-types';
import { OrganisationReadinessRef, ReadinessRowRef, UnlinkedPersonRef } from './readiness-types';

// The rows come from the readiness snapshot (or one class's people): paging slices them (array cursors).
const pageSize = { default: 100, max: 1000 };

builder.queryField('organisationReadiness', (t) =>
  t.connection(
    {
      type: OrganisationReadinessRef,
      description:
        'One row per organisation the caller may see, by name: the region’s overview (a school: its own row). Scope statistics:read for API clients.',
      authScopes: { statisticsReader: true },
      resolve: async (_root, args, context) =>
        arrayConnection(args, await context.services.readiness.byOrganisation(await requireReader(context)), pageSize),
    },
    ...connectionTypes('OrganisationReadiness', 'organisations’ readiness rows'),
  ),
);

builder.queryField('readiness', (t) =>
  t.connection(
    {
      type: ReadinessRowRef,
      description:
        'Per organisation and class: accounts, ESIA links, recent ESIA sign-ins and open requests (a teacher: their class). Scope statistics:read for API clients.',
      authScopes: { statisticsReader: true },
      args: { organisationId: t.arg.id({ required: false, description: 'Only this organisation’s classes.' }) },
      resolve: async (_root, args, context) => {
        const organisationId = args.organisationId ? String(args.organisationId) : null;
        return arrayConnection(args, await context.services.readiness.byClass(await requireReader(context), { organisationId }), pageSize);
      },
    },
    ...connectionTypes('ReadinessRow', 'class readiness rows'),
  ),
);

builder.queryField('unlinkedPeople', (t) =>
  t.connection(
    {
      type: UnlinkedPersonRef,
      description:
        'Students of a class and their parents who have no ESIA link yet, counted live (the class teacher; API clients need cards:read).',
      authScopes: { $any: { requestReader: true, cardReader: true } },
      args: { classId: t.arg.id({ required: true, description: 'The class’s ID.' }) },
      resolve: async (_root, args, context) =>
        arrayConnection(
          args,
          await context.services.readiness.unlinkedInClass(await requireReader(context), String(args.classId)),
          pageSize,
        ),
    },
    ...connectionTypes('UnlinkedPerson', 'people without an ESIA link'),
  ),
);

builder.queryField('readinessRefreshedAt', (t) =>
  t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When the readiness numbers were counted (they are recounted every few minutes); null before the first count.',
    authScopes: { statisticsReader: true },
    resolve: async (_root, _args, context) => (await context.services.readiness.snapshotInfo())?.refreshedAt ?? null,
  }),
);
