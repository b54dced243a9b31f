import { formatFullName, signInRoles, type StaffPermissions } from '@vhod/domain';
import { accounts, esiaLinks, persons, type EsiaLink } from '@vhod/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Session } from '../../../sessions/session-store';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { AccountRef } from './account';
import { PersonRef } from './person';

export const SessionStageEnum = builder.enumType('SessionStage', {
  description: 'Where the visitor is in the sign-in.',
  values: {
    CONSENT: { value: 'consent', description: 'Found; consent to the data transfer is still to be given.' },
    CHOOSE_ACCOUNT: { value: 'choose-account', description: 'Found in several organisations; one is to be chosen.' },
    UNMATCHED: { value: 'unmatched', description: 'Signed in at ESIA, but no user of the system is linked to that account.' },
    ACTIVE: { value: 'active', description: 'Signed in to one account.' },
  } as const,
});

export const SignInRoleEnum = builder.enumType('SignInRole', {
  description: 'The role chosen on the sign-in page; staff need not know their exact role.',
  values: enumValues(signInRoles, {
    parent: '«Родитель»: a parent or legal representative.',
    student: '«Обучающийся»: a student.',
    staff: '«Сотрудник»: any staff role.',
  }),
});
export const AppNameEnum = builder.enumType('AppName', {
  description: 'The application a session belongs to.',
  values: enumValues(['family', 'staff'] as const, { family: 'The family portal.', staff: 'The staff console.' }),
});

export const NotFoundReasonEnum = builder.enumType('NotFoundReason', {
  description: 'Why the ESIA account of this sign-in did not lead to an account of the system.',
  values: {
    UNCONFIRMED_ACCOUNT: {
      value: 'unconfirmed-account',
      description: 'The ESIA account is not confirmed, so it cannot be matched automatically.',
    },
    NO_MATCHING_CARD: {
      value: 'no-matching-card',
      description: 'No person card with this name and document has an account in the chosen role.',
    },
    AMBIGUOUS_MATCH: { value: 'ambiguous-match', description: 'Several person cards fit; the organisation has to decide.' },
    CARD_ALREADY_LINKED: { value: 'card-already-linked', description: 'The matching card is linked to another ESIA account.' },
  } as const,
});

export const SignInMethodEnum = builder.enumType('SignInMethod', {
  description: 'How the session signed in.',
  values: enumValues(['esia', 'legacy'] as const, {
    esia: 'Through ESIA (Госуслуги).',
    legacy: 'With a school-issued (legacy SGO) login and password.',
  }),
});

const EsiaLinkRef = builder.objectRef<EsiaLink>('EsiaLink');

EsiaLinkRef.implement({
  description: 'The tie between a person card and an ESIA account.',
  fields: (t) => ({
    linkedAt: t.expose('linkedAt', { type: 'DateTime', description: 'When the link was made.' }),
    method: t.field({
      type: builder.enumType('EsiaLinkMethod', {
        description: 'How an ESIA account came to be linked to a person card.',
        values: enumValues(['automatic', 'legacy_password', 'settings', 'staff'] as const, {
          automatic: 'At sign-in: ESIA data matched the card.',
          legacy_password: 'From the not-found page, with the legacy SGO login and password («Привязать учётную запись»).',
          settings: 'By the person in their personal settings.',
          staff: 'By a staff member, resolving an access request.',
        }),
      }),
      description: 'How the link was made.',
      resolve: (link) => link.method,
    }),
  }),
});

const StaffPermissionsRef = builder.objectRef<StaffPermissions>('StaffPermissions');

StaffPermissionsRef.implement({
  description: "What the signed-in staff member's role allows in the console (the API enforces it on every field).",
  fields: (t) => ({
    workRequests: t.exposeBoolean('workRequests', { description: 'Takes, resolves and rejects access requests of the organisation.' }),
    readClassRequests: t.exposeBoolean('readClassRequests', { description: 'Reads requests (and readiness) at least of their own class.' }),
    manageCards: t.exposeBoolean('manageCards', { description: 'Edits person cards and unlinks ESIA on a person’s behalf.' }),
    readStatistics: t.exposeBoolean('readStatistics', {
      description: 'Reads the readiness numbers of the whole organisation (or region).',
    }),
    readAudit: t.exposeBoolean('readAudit', { description: 'Reads the audit log.' }),
    allOrganisations: t.exposeBoolean('allOrganisations', {
      description: 'Sees every organisation of the region (the regional administrator).',
    }),
    manageApiClients: t.exposeBoolean('manageApiClients', { description: 'Creates, rotates and revokes third-party API clients.' }),
    manageEmailDelivery: t.exposeBoolean('manageEmailDelivery', {
      description: 'Sees the emails the system gave up sending and puts them back in the queue.',
    }),
  }),
});

export const ViewerRef = builder.objectRef<Session>('Viewer');

ViewerRef.implement({
  description: "The visitor's own session: only ever what their ESIA account or their account may see.",
  fields: (t) => ({
    stage: t.field({ type: SessionStageEnum, description: 'Where the visitor is in the sign-in.', resolve: (session) => session.stage }),
    app: t.field({ type: AppNameEnum, description: 'The application the session was opened for.', resolve: (session) => session.app }),
    signInRole: t.field({
      type: SignInRoleEnum,
      description: 'The role chosen on the sign-in page.',
      resolve: (session) => session.signInRole,
    }),
    esiaFullName: t.string({
      nullable: true,
      description: 'The name ESIA gave, while the sign-in is not finished.',
      resolve: (session) => (session.esiaProfile ? formatFullName(session.esiaProfile) : null),
    }),
    notFoundReason: t.field({
      type: NotFoundReasonEnum,
      nullable: true,
      description: 'Why nobody was found (stage UNMATCHED); null at every other stage.',
      resolve: (session) => (session.stage === 'unmatched' ? (session.matchReason as 'no-matching-card') : null),
    }),
    consentScopes: t.stringList({
      description: 'ESIA scopes whose data the consent covers (shown while stage is CONSENT).',
      resolve: (session, _args, { services }) =>
        session.stage === 'consent' ? services.config.esia.scopes.filter((s) => s !== 'openid') : [],
    }),
    accountChoices: t.field({
      type: [AccountRef],
      description: 'Accounts to choose from, most recently used first (stage CHOOSE_ACCOUNT).',
      resolve: async (session, _args, { services }) => {
        if (session.stage !== 'choose-account' || session.candidateAccountIds.length === 0) return [];
        const rows = await services.db.select().from(accounts).where(inArray(accounts.id, session.candidateAccountIds));
        const order = new Map(session.candidateAccountIds.map((id, index) => [id, index]));
        return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      },
    }),
    signInMethod: t.field({
      type: SignInMethodEnum,
      description: 'How this session signed in.',
      resolve: (session) => session.signInMethod,
    }),
    staffPermissions: t.field({
      type: StaffPermissionsRef,
      nullable: true,
      description: 'For a staff member in the console; null for everyone else.',
      resolve: async (_session, _args, context) => (await context.staff())?.permissions ?? null,
    }),
    esiaLink: t.field({
      type: EsiaLinkRef,
      nullable: true,
      description: "The signed-in person's current ESIA link, if any.",
      resolve: async (session, _args, { services }) => {
        if (session.stage !== 'active' || !session.personId) return null;
        const [link] = await services.db
          .select()
          .from(esiaLinks)
          .where(and(eq(esiaLinks.personId, session.personId), isNull(esiaLinks.unlinkedAt)));
        return link ?? null;
      },
    }),
    canSignInWithoutEsia: t.boolean({
      description: 'Whether this user could still sign in after removing the ESIA link (a legacy login the deployment still accepts).',
      resolve: (session, _args, { services }) => (session.stage === 'active' ? services.links.canSignInWithoutEsia(session) : false),
    }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description: 'The signed-in person’s card (stage ACTIVE); null before that.',
      resolve: async (session, _args, { services }) => {
        if (session.stage !== 'active' || !session.personId) return null;
        const [person] = await services.db.select().from(persons).where(eq(persons.id, session.personId));
        return person ?? null;
      },
    }),
    account: t.field({
      type: AccountRef,
      nullable: true,
      description: 'The account the session is in (stage ACTIVE); null before that.',
      resolve: async (session, _args, { services }) => {
        if (session.stage !== 'active' || !session.accountId) return null;
        const [account] = await services.db.select().from(accounts).where(eq(accounts.id, session.accountId));
        return account ?? null;
      },
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The current session, or null when nobody is signed in.',
    resolve: (_root, _args, { session }) => session,
  }),
);
