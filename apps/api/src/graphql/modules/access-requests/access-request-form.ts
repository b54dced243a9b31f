import { formatFullName, type EsiaChild } from '@vhod/domain';
import type { Session } from '../../../sessions/session-store';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { SignInRoleEnum } from '../viewer/viewer';

const IneligibilityEnum = builder.enumType('AccessRequestIneligibility', {
  values: enumValues(['unconfirmed-account', 'no-children-in-esia', 'staff-role'] as const),
});

const EsiaChildRef = builder.objectRef<EsiaChild>('EsiaChild');

EsiaChildRef.implement({
  description: "A child from the parent's ESIA profile («Семья и дети»).",
  fields: (t) => ({
    id: t.exposeID('id'),
    fullName: t.string({ resolve: (child) => formatFullName(child) }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true }),
  }),
});

const AccessRequestFormRef = builder.objectRef<Session>('AccessRequestForm');

AccessRequestFormRef.implement({
  description: "What the request form is prefilled with: the applicant's own ESIA data, read-only.",
  fields: (t) => ({
    eligible: t.boolean({ resolve: (session, _args, { services }) => services.accessRequests.eligibility(session).eligible }),
    ineligibility: t.field({
      type: IneligibilityEnum,
      nullable: true,
      resolve: (session, _args, { services }) => {
        const verdict = services.accessRequests.eligibility(session);
        return verdict.eligible ? null : verdict.reason;
      },
    }),
    fullName: t.string({ resolve: (session) => formatFullName(session.esiaProfile!) }),
    birthDate: t.field({ type: 'Date', nullable: true, resolve: (session) => session.esiaProfile!.birthDate ?? null }),
    email: t.string({ nullable: true, resolve: (session) => session.esiaProfile!.email ?? null }),
    role: t.field({ type: SignInRoleEnum, resolve: (session) => session.signInRole }),
    children: t.field({ type: [EsiaChildRef], resolve: (session) => session.esiaProfile!.children }),
  }),
});

builder.queryField('accessRequestForm', (t) =>
  t.field({
    type: AccessRequestFormRef,
    nullable: true,
    description: 'The request form for a visitor signed in at ESIA but not (fully) in the system; null otherwise.',
    resolve: (_root, _args, { session }) => (session?.esiaProfile && session.esiaSubject ? session : null),
  }),
);
