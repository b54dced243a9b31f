import { accountRoles } from '@vhod/domain';
import type { Account } from '@vhod/db';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { OrganisationRef } from '../organisations/organisation';

export const AccountRoleEnum = builder.enumType('AccountRole', {
  description: 'The role of an account in its organisation.',
  values: enumValues(accountRoles, {
    parent: 'A parent (or other legal representative) of a student.',
    student: 'A student, pupil or kindergarten child.',
    teacher: 'A teacher; in the console reads the requests about their own class.',
    administrator: 'An administrator of the organisation: works requests and cards, reads its audit log.',
    staff: 'Other staff of the organisation.',
    responsible: 'The staff member responsible for ESIA access: works requests and cards.',
    'regional-admin': 'The regional administrator: sees every organisation of the region.',
  }),
});

export const AccountRef = builder.objectRef<Account>('Account');

AccountRef.implement({
  description: "A person's account in one organisation, with one role.",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID (a UUID).' }),
    role: t.field({ type: AccountRoleEnum, description: 'The role in that organisation.', resolve: (account) => account.role }),
    organisation: t.field({
      type: OrganisationRef,
      description: 'The organisation of the account.',
      resolve: async (account, _args, { loaders }) => (await loaders.organisation.load(account.organisationId))!,
    }),
    className: t.string({
      nullable: true,
      description: 'The class (or kindergarten group) of a student; null for other roles.',
      resolve: (account, _args, { loaders }) => (account.classId ? loaders.className.load(account.classId) : null),
    }),
    lastSignedInAt: t.expose('lastSignedInAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The last sign-in to this account; null if never.',
    }),
    previousEsiaSignInAt: t.expose('previousEsiaSignInAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The ESIA sign-in before the latest one (so a sign-in the person did not make stands out); null if none.',
    }),
  }),
});
