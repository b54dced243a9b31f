// Review items for cards whose ESIA data changed (data drift).
import { DomainError, driftFields, type DriftChange } from '@vhod/domain';
import type { DataDriftItem } from '@vhod/db';
import { builder } from '../../builder';
import { requireStaff } from '../../shared/access/require-staff';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { arrayConnection } from '../../shared/pagination/array-connection';
import { connectionTypes } from '../../shared/pagination/connection-types';

const DriftChangeRef = builder.objectRef<DriftChange>('DataDriftChange');
DriftChangeRef.implement({
  description: 'One field where ESIA and the card disagree: the card’s old value and ESIA’s new one.',
  fields: (t) => ({
    field: t.exposeString('field', { description: `The field: ${driftFields.join(', ')}.` }),
    cardValue: t.exposeString('cardValue', {
      nullable: true,
      description: 'The card’s value as written (dates YYYY-MM-DD, SNILS XXX-XXX-XXX YY); null when the card has none.',
    }),
    esiaValue: t.exposeString('esiaValue', { nullable: true, description: 'ESIA’s value, formatted alike.' }),
  }),
});

const DataDriftItemRef = builder.objectRef<DataDriftItem>('DataDriftItem');
DataDriftItemRef.implement({
  description: 'A linked person signed in with ESIA data that no longer agree with their card.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID (a UUID).' }),
    personId: t.exposeID('personId', { description: 'The ID of the person card.' }),
    personName: t.string({
      description: 'The name on the card now («—» if the card is gone).',
      resolve: async (item, _args, { loaders }) => (await loaders.personName.load(item.personId)) ?? '—',
    }),
    detectedAt: t.expose('detectedAt', { type: 'DateTime', description: 'The sign-in that noticed the difference.' }),
    changes: t.field({ type: [DriftChangeRef], description: 'The fields that differ.', resolve: (item) => item.changes }),
  }),
});

// The service returns at most 200 open items: one page of the default size holds them.
const driftPageSize = { default: 200, max: 200 } as const;

builder.queryField('dataDriftItems', (t) =>
  t.connection(
    {
      type: DataDriftItemRef,
      description: `Open data-drift items of the staff member’s organisation (every organisation for the regional administrator), newest first; the ${driftPageSize.max} newest at most, all in one page by default.`,
      authScopes: { requestWorker: true },
      resolve: async (_root, args, context) =>
        arrayConnection(args, await context.services.dataDrift.listOpen(await requireStaff(context)), driftPageSize),
    },
    ...connectionTypes('DataDriftItem', 'open data-drift items'),
  ),
);

builder.mutationField('acceptDataDrift', (t) =>
  t.field({
    type: DataDriftItemRef,
    description: 'Updates the card with what ESIA says now and closes the item; audited with the old and new values.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'The closed item.'),
    args: { id: t.arg.id({ required: true, description: 'The item’s ID.' }) },
    resolve: async (_root, { id }, context) => context.services.dataDrift.accept(await requireStaff(context), String(id), context.meta),
  }),
);

builder.mutationField('dismissDataDrift', (t) =>
  t.field({
    type: DataDriftItemRef,
    description: 'Leaves the card as it is and closes the item; audited.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'The closed item.'),
    args: { id: t.arg.id({ required: true, description: 'The item’s ID.' }) },
    resolve: async (_root, { id }, context) => context.services.dataDrift.dismiss(await requireStaff(context), String(id), context.meta),
  }),
);
