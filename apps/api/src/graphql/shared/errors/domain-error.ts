import { DomainError, domainErrorCodes, linkMismatches, type LinkMismatch } from '@vhod/domain';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';

export const DomainErrorCodeEnum = builder.enumType('DomainErrorCode', {
  description: 'Machine-readable reason; clients may show `message` or their own translation of the code.',
  values: enumValues(domainErrorCodes, {
    'invalid-configuration': 'The deployment is misconfigured; nothing the caller can fix.',
    'invalid-snils': 'A SNILS that is malformed or fails its checksum.',
    'invalid-document': 'An identity document that is malformed.',
    'invalid-date': 'A date that is malformed or impossible.',
    'consent-required': 'Consent to the data transfer must be given first.',
    'account-not-available': 'The chosen account is not among those offered to this sign-in.',
    'session-expired': 'The session ended (idle or absolute timeout); sign in again.',
    'not-signed-in': 'Nobody is signed in.',
    'wrong-stage': 'The operation does not fit the current sign-in stage (e.g. consent already given).',
    'legacy-credentials-invalid': 'Wrong legacy login or password (or organisation): which part is never said.',
    'legacy-sign-in-locked': 'Too many failed legacy passwords; try again after the time in `message`.',
    'self-link-closed': 'The cutoff date for linking with a legacy login has passed; the organisation links instead.',
    'link-role-mismatch': 'The legacy login belongs to an account of another role than the one chosen at sign-in.',
    'link-identity-mismatch': 'The ESIA account and the person card are of different people; `linkMismatches` says what differs.',
    'card-already-linked': 'The person card is linked to another ESIA account.',
    'esia-already-linked': 'The ESIA account is linked to another person card.',
    'not-linked': 'There is no ESIA link to remove.',
    'organisation-not-found': 'No such organisation, or none to choose.',
    'invalid-transition': 'The request’s status does not allow this action (e.g. someone else decided it first).',
    'invalid-request-number': 'A malformed access request number.',
    'access-request-not-eligible': 'This visitor may not send an access request (see AccessRequestForm.ineligibility).',
    'access-request-not-found': 'No such request, or not one the caller may see.',
    'validation-failed': 'The input breaks the form’s rules.',
    'control-characters': 'A text argument holds control characters (a NUL byte, say); multi-line ones may keep line breaks and tabs.',
    forbidden: 'The caller’s role or scopes do not allow this.',
    'person-not-found': 'No such person card, or not one the caller may see.',
    'card-shared-with-other-organisations':
      'The card also has accounts in organisations the caller does not manage (named in `message`): its identity and ESIA link are theirs too; they or the regional administrator change them.',
    'class-not-found': 'No such class in the organisation the request was sent to.',
    'child-card-mismatch': 'The chosen card is not the child of the request (`linkMismatches` says what differs).',
    'comment-required': 'A comment is required: the applicant will read it.',
    'api-client-not-found': 'No such API client.',
    'api-client-revoked': 'The API client is revoked; it cannot get a new secret.',
    'email-not-given-up': 'The email is not given up: it was sent meanwhile, or someone queued it again already.',
    'oidc-client-not-found': 'No such OpenID Connect client.',
    'oidc-client-revoked': 'The OpenID Connect client is revoked; it cannot get a new secret.',
    'oidc-client-without-secret': 'The client authenticates with its key pair (private_key_jwt) or is public: it has no secret to rotate.',
    'client-sign-in-not-found': 'The sign-in the client started has expired or finished; start it again from the client.',
  }),
});

const LinkMismatchEnum = builder.enumType('LinkMismatch', {
  description: 'A way in which an ESIA account and a person card disagree.',
  values: enumValues(linkMismatches, {
    'card-is-esia-child': 'The card is of a child in the ESIA account’s own profile (a parent’s ESIA on the child’s card).',
    'minor-esia-on-adult-card': 'The ESIA account is a minor’s, the card an adult’s.',
    'adult-esia-on-minor-card': 'The ESIA account is an adult’s, the card a minor’s.',
    'snils-differs': 'Different SNILS.',
    'gender-differs': 'Different gender.',
    'birth-date-differs': 'Different birth date.',
    'first-name-differs': 'Different first name.',
    'middle-name-differs': 'Different middle name (a middle name missing on one side is no difference).',
    'last-name-differs': 'Different surname (reported, but a changed surname alone does not refuse a link).',
  }),
});

builder.objectType(DomainError, {
  name: 'DomainError',
  description: 'A rule of the system refused the request; nothing was changed.',
  fields: (t) => ({
    code: t.field({ type: DomainErrorCodeEnum, description: 'Which rule refused it.', resolve: (error) => error.code }),
    message: t.string({
      description: "Explanation in the caller's language.",
      resolve: (error, _args, context) => context.t(`errors.${error.code}`, { ...error.details }),
    }),
    linkMismatches: t.field({
      type: [LinkMismatchEnum],
      description: 'For a refused link: what did not match (never the values themselves).',
      resolve: (error) => (Array.isArray(error.details?.mismatches) ? (error.details.mismatches as LinkMismatch[]) : []),
    }),
  }),
});
