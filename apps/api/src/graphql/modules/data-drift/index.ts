// Review items for cards whose ESIA data changed (data drift).
import { DomainError, formatFullName, type DriftChange } from '@vhod/domain';
import { persons, type DataDriftItem } from '@vhod/db';
import { eq } from 'drizzle-orm';
import { builder } from '../../builder';

const DriftChangeRef = builder.objectRef<DriftChange>('DataDriftChange');
DriftChangeRef.implement({
  description: 'One field where ESIA and the card disagree: the card’s old value and ESIA’s new one.',
  fields: (t) => ({
    field: t.exposeString('field'),
    cardValue: t.exposeString('cardValue', { nullable: true }),
    esiaValue: t.exposeString('esiaValue', { nullable: true }),
  }),
});

const DataDriftItemRef = builder.objectRef<DataDriftItem>('DataDriftItem');
DataDriftItemRef.implement({
  description: 'A linked person signed in with ESIA data that no longer agree with their card.',
  fields: (t) => ({
    id: t.exposeID('id'),
    personId: t.exposeID('personId'),
    personName: t.string({
      resolve: async (item, _args, { services }) => {
        const [card] = await services.db.select().from(persons).where(eq(persons.id, item.personId));
        return card ? formatFullName(card) : '—';
      },
    }),
    detectedAt: t.expose('detectedAt', { type: 'DateTime' }),
    changes: t.field({ type: [DriftChangeRef], resolve: (item) => item.changes }),
  }),
});

builder.queryField('dataDriftItems', (t) =>
  t.field({
    type: [DataDriftItemRef],
    description: 'Open data-drift items of the staff member’s organisation, newest first.',
    authScopes: { requestWorker: true },
    resolve: async (_root, _args, context) => context.services.dataDrift.listOpen((await context.staff())!),
  }),
);

builder.mutationField('acceptDataDrift', (t) =>
  t.field({
    type: DataDriftItemRef,
    description: 'Updates the card with what ESIA says now; audited with the old and new values.',
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => context.services.dataDrift.accept((await context.staff())!, String(id), context.meta),
  }),
);

builder.mutationField('dismissDataDrift', (t) =>
  t.field({
    type: DataDriftItemRef,
    description: 'Leaves the card as it is and closes the item; audited.',
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => context.services.dataDrift.dismiss((await context.staff())!, String(id), context.meta),
  }),
);
