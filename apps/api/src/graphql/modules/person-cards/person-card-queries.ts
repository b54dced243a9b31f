import { builder } from '../../builder';
import { plainTextArgument } from '../../shared/errors/plain-text-argument';
import { connectionTypes } from '../../shared/pagination/connection-types';
import { keysetConnection } from '../../shared/pagination/keyset-connection';
import { requireReader } from '../../shared/access/require-staff';
import { PersonCardRef } from './person-card';

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
      resolve: (_root, args, context) =>
        keysetConnection(context, args, async () => {
          const search = plainTextArgument(context, args.search, 'search');
          return context.services.personCards.search(await requireReader(context), { ...args, search });
        }),
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
    resolve: async (_root, { id }, context) => context.services.personCards.get(await requireReader(context), String(id)),
  }),
);
