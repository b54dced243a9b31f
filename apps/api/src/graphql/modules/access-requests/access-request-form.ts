import { accessRequestIneligibilities, formatFullName, type EsiaChild } from '@vhod/domain';
import type { Session } from '../../../sessions/session-store';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { SignInRoleEnum } from '../viewer/viewer';

const IneligibilityEnum = builder.enumType('AccessRequestIneligibility', {
  description: 'Why this visitor may not send an access request.',
  values: enumValues(accessRequestIneligibilities, {
    'unconfirmed-account': 'The ESIA account is not confirmed (its owner confirms it at a service centre first).',
    'no-children-in-esia': 'A parent without children in the ESIA profile («Семья и дети»): there is nobody to ask about.',
    'staff-role': 'Staff do not send requests: their administrator creates or fixes their account.',
  }),
});

const EsiaChildRef = builder.objectRef<EsiaChild>('EsiaChild');

EsiaChildRef.implement({
  description: "A child from the parent's ESIA profile («Семья и дети»).",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'ESIA’s id of the child, to pass as `childId` in AccessRequestInput.' }),
    fullName: t.string({ description: 'ФИО as ESIA gives it.', resolve: (child) => formatFullName(child) }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true, description: 'Null when ESIA does not give it.' }),
  }),
});

const AccessRequestFormRef = builder.objectRef<Session>('AccessRequestForm');

AccessRequestFormRef.implement({
  description: "What the request form is prefilled with: the applicant's own ESIA data, read-only.",
  fields: (t) => ({
    eligible: t.boolean({
      description: 'Whether this visitor may send a request; when false, `ineligibility` says why.',
      resolve: (session, _args, { services }) => services.accessRequests.eligibility(session).eligible,
    }),
    ineligibility: t.field({
      type: IneligibilityEnum,
      nullable: true,
      description: 'Why the visitor may not send a request; null when they may.',
      resolve: (session, _args, { services }) => {
        const verdict = services.accessRequests.eligibility(session);
        return verdict.eligible ? null : verdict.reason;
      },
    }),
    fullName: t.string({ description: 'The applicant’s ФИО from ESIA.', resolve: (session) => formatFullName(session.esiaProfile!) }),
    birthDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The applicant’s birth date from ESIA; null when ESIA does not give it.',
      resolve: (session) => session.esiaProfile!.birthDate ?? null,
    }),
    email: t.string({
      nullable: true,
      description: 'The email in the ESIA profile, as the default answer address; null when there is none.',
      resolve: (session) => session.esiaProfile!.email ?? null,
    }),
    role: t.field({
      type: SignInRoleEnum,
      description: 'The role chosen at sign-in; the request asks for it.',
      resolve: (session) => session.signInRole,
    }),
    children: t.field({
      type: [EsiaChildRef],
      description: 'The children of the ESIA profile; a parent’s request must be about one of them.',
      resolve: (session) => session.esiaProfile!.children,
    }),
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
