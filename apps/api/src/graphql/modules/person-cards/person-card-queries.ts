import { InvalidCursorError } from '../../../person-cards/person-card-service';
import { builder } from '../../builder';
import { plainTextArgument } from '../errors/plain-text-argument';
import { connectionTypes } from '../pagination/connection-types';
import { requireForwardPaging, toConnection } from '../pagination/forward-connection';
import { PersonCardRef } from './person-card';
import { invalidCursor, readerOf } from './staff-actor-of';

builder.queryField('personCards', (t) =>
  t.connection(
    {
      type: PersonCardRef,
      description:
        "«Личные карточки»: the cards of the caller's organisations (every card for the regional administrator), by name. Pages of up to 100 (default 20).",
      authScopes: { cardReader: true },
      args: {
        search: t.arg.string({
          required: false,
          description:
            'Finds ФИО (any words of it, in any order); with personal data also a whole SNILS or a document number. Blank: every card.',
        }),
      },
      resolve: async (_root, args, context) => {
        requireForwardPaging(args);
        try {
          const search = plainTextArgument(context, args.search, 'search');
          return toConnection(await context.services.personCards.search(await readerOf(context), { ...args, search }));
        } catch (error) {
          throw error instanceof InvalidCursorError ? invalidCursor() : error;
        }
      },
    },
    ...connectionTypes('PersonCard', 'person cards'),
  ),
);

builder.queryField('personCard', (t) =>
  t.field({
    type: PersonCardRef,
    nullable: true,
    description: 'One card; null when it does not exist or has no account in the caller’s organisations.',
    authScopes: { cardReader: true },
    args: { id: t.arg.id({ required: true, description: 'The card’s ID.' }) },
    resolve: async (_root, { id }, context) => context.services.personCards.get(await readerOf(context), String(id)),
  }),
);
