import { InvalidCursorError } from '../../../person-cards/person-card-service';
import { builder } from '../../builder';
import { PersonCardConnectionRef, PersonCardRef } from './person-card';
import { invalidCursor, staffActorOf } from './staff-actor-of';

builder.queryField('personCards', (t) =>
  t.field({
    type: PersonCardConnectionRef,
    description:
      "«Личные карточки»: the cards of the staff member's organisation (every card for the regional administrator), by name; `search` finds ФИО (any words of it), a SNILS or a document number.",
    authScopes: { requestWorker: true },
    args: {
      search: t.arg.string({ required: false }),
      first: t.arg.int({ required: false, description: 'Page size, 1–100 (default 20).' }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, context) => {
      try {
        return await context.services.personCards.search(await staffActorOf(context), args);
      } catch (error) {
        throw error instanceof InvalidCursorError ? invalidCursor() : error;
      }
    },
  }),
);

builder.queryField('personCard', (t) =>
  t.field({
    type: PersonCardRef,
    nullable: true,
    description: 'One card; null when it does not exist or belongs to another organisation.',
    authScopes: { requestWorker: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => context.services.personCards.get(await staffActorOf(context), String(id)),
  }),
);
