import { accountRoles } from '@vhod/domain';
import { classes, organisations, type Account } from '@vhod/db';
import { eq } from 'drizzle-orm';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { OrganisationRef } from '../organisations/organisation';

export const AccountRoleEnum = builder.enumType('AccountRole', { values: enumValues(accountRoles) });

export const AccountRef = builder.objectRef<Account>('Account');

AccountRef.implement({
  description: "A person's account in one organisation, with one role.",
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: AccountRoleEnum, resolve: (account) => account.role }),
    organisation: t.field({
      type: OrganisationRef,
      resolve: async (account, _args, { services }) => {
        const [organisation] = await services.db.select().from(organisations).where(eq(organisations.id, account.organisationId));
        return organisation!;
      },
    }),
    className: t.string({
      nullable: true,
      description: 'The class (or kindergarten group) of a student.',
      resolve: async (account, _args, { services }) => {
        if (!account.classId) return null;
        const [row] = await services.db.select({ name: classes.name }).from(classes).where(eq(classes.id, account.classId));
        return row?.name ?? null;
      },
    }),
    lastSignedInAt: t.expose('lastSignedInAt', { type: 'DateTime', nullable: true }),
  }),
});
