import { formatFullName } from '@vhod/domain';
import { accounts, findChildrenOfPerson, oidcClients, type ChildAccount, type OidcClient } from '@vhod/db';
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { builder } from '../../builder';
import { ViewerRef } from './viewer';

// The family portal's home: a parent's children, and the regional systems one signs in to through Vhod.

const ViewerChildRef = builder.objectRef<ChildAccount>('ViewerChild');
ViewerChildRef.implement({
  description: 'A child of the signed-in parent, in one organisation (a child in two appears twice).',
  fields: (t) => ({
    personId: t.id({ description: 'The child’s person card.', resolve: (child) => child.person.id }),
    fullName: t.string({ description: 'ФИО.', resolve: (child) => formatFullName(child.person) }),
    organisationName: t.string({
      nullable: true,
      description: 'The school (kindergarten, college) the child attends; null without an account anywhere.',
      resolve: (child) => child.organisation?.name ?? null,
    }),
    className: t.string({ nullable: true, description: 'The class or group.', resolve: (child) => child.className }),
  }),
});

const ConnectedSystemRef = builder.objectRef<OidcClient>('ConnectedSystem');
ConnectedSystemRef.implement({
  description: 'A regional system (e.g. «Электронный дневник») one enters with the same Vhod sign-in.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The system’s name.' }),
    startUrl: t.string({ description: 'Where to open it.', resolve: (client) => client.startUrl! }),
  }),
});

builder.objectFields(ViewerRef, (t) => ({
  children: t.field({
    type: [ViewerChildRef],
    description: 'A parent’s children with their schools and classes (stage ACTIVE, parent accounts); empty for everyone else.',
    resolve: async (session, _args, { services }) => {
      if (session.stage !== 'active' || !session.accountId || !session.personId) return [];
      const [account] = await services.db.select({ role: accounts.role }).from(accounts).where(eq(accounts.id, session.accountId));
      return account?.role === 'parent' ? findChildrenOfPerson(services.db, session.personId) : [];
    },
  }),
  systems: t.field({
    type: [ConnectedSystemRef],
    description: 'The trusted regional systems with a start page, by name (stage ACTIVE); empty before that.',
    resolve: (session, _args, { services }) =>
      session.stage === 'active'
        ? services.db
            .select()
            .from(oidcClients)
            .where(and(eq(oidcClients.trusted, true), isNotNull(oidcClients.startUrl), isNull(oidcClients.revokedAt)))
            .orderBy(asc(oidcClients.name))
        : [],
  }),
}));
