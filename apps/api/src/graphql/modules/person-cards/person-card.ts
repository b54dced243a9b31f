import type { EnumRef, SchemaTypes } from '@pothos/core';
import { formatFullName, formatSnils, identityDocumentTypes, isIdentityDocumentType, personCardGenders, type FullName } from '@vhod/domain';
import type { EsiaLink } from '@vhod/db';
import type { CardAccount, LinkActor, PersonCardRecord, RelatedPerson } from '../../../person-cards/person-card-service';
import { builder } from '../../builder';
import { cardDocument } from '../../../person-cards/card-document';
import { enumValues } from '../../enum-values';
import { AccountRoleEnum } from '../viewer/account';
import { ConnectionPageInfoRef, type ConnectionPage } from './page-info';

export const PersonGenderEnum = builder.enumType('PersonGender', { values: enumValues(personCardGenders) });
export const IdentityDocumentTypeEnum = builder.enumType('IdentityDocumentType', {
  description: "ESIA's identity document type codes.",
  values: enumValues(identityDocumentTypes),
});

// The viewer module implements this enum (EsiaLink.method) without exporting it; Pothos resolves a
// type given by name when the schema is built, so both fields share one enum instead of two copies.
const EsiaLinkMethodEnum = 'EsiaLinkMethod' as unknown as EnumRef<BuilderTypes, EsiaLink['method']>;
type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types extends SchemaTypes> ? Types : never;

const IdentityDocumentRef = builder.objectRef<{ type: string; series: string | null; number: string }>('IdentityDocument');

IdentityDocumentRef.implement({
  description: 'The identity document written on a person card.',
  fields: (t) => ({
    type: t.field({
      type: IdentityDocumentTypeEnum,
      nullable: true,
      description: 'Null for a type code this system does not know (imported data).',
      resolve: (document) => (isIdentityDocumentType(document.type) ? document.type : null),
    }),
    typeCode: t.exposeString('type', { description: 'The type code as stored.' }),
    series: t.exposeString('series', { nullable: true }),
    number: t.exposeString('number'),
  }),
});

const PersonCardAccountRef = builder.objectRef<CardAccount>('PersonCardAccount');

PersonCardAccountRef.implement({
  description: "One of the card's accounts, in an organisation the staff member may see.",
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: AccountRoleEnum, resolve: (account) => account.role }),
    organisationId: t.exposeID('organisationId'),
    organisationName: t.exposeString('organisationName'),
    className: t.exposeString('className', { nullable: true }),
    disabled: t.exposeBoolean('disabled'),
  }),
});

const LinkActorRef = builder.objectRef<LinkActor>('EsiaLinkActor');

LinkActorRef.implement({
  description: 'Who linked or unlinked: the card’s owner themselves or a staff member.',
  fields: (t) => ({
    fullName: t.string({ resolve: (actor) => formatFullName(actor.fullName) }),
    role: t.field({ type: AccountRoleEnum, resolve: (actor) => actor.role }),
    isCardOwner: t.exposeBoolean('isCardOwner', { description: 'The person of the card acted themselves (settings, legacy login).' }),
  }),
});

const EsiaLinkEntryRef = builder.objectRef<{ link: EsiaLink; card: PersonCardRecord }>('PersonCardEsiaLink');

EsiaLinkEntryRef.implement({
  description: 'A link between the card and an ESIA account, current or past (the ESIA account id itself is not shown).',
  fields: (t) => ({
    id: t.id({ resolve: ({ link }) => link.id }),
    method: t.field({ type: EsiaLinkMethodEnum, resolve: ({ link }) => link.method }),
    linkedAt: t.field({ type: 'DateTime', resolve: ({ link }) => link.linkedAt }),
    linkedBy: t.field({
      type: LinkActorRef,
      nullable: true,
      description: 'Null for an automatic link at sign-in.',
      resolve: ({ link, card }, _args, { services }) => services.personCards.linkActor(card, link.linkedByAccountId),
    }),
    unlinkedAt: t.field({ type: 'DateTime', nullable: true, resolve: ({ link }) => link.unlinkedAt }),
    unlinkedBy: t.field({
      type: LinkActorRef,
      nullable: true,
      resolve: ({ link, card }, _args, { services }) => services.personCards.linkActor(card, link.unlinkedByAccountId),
    }),
    active: t.boolean({ resolve: ({ link }) => link.unlinkedAt === null }),
  }),
});

const RelatedPersonRef = builder.objectRef<RelatedPerson>('RelatedPerson');

RelatedPersonRef.implement({
  description: 'A parent or child of a card, visible to the same staff member.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fullName: t.string({ resolve: (person) => formatFullName(person) }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true }),
  }),
});

export const PersonCardRef = builder.objectRef<PersonCardRecord>('PersonCard');

const name = (card: PersonCardRecord): FullName => card.person;

PersonCardRef.implement({
  description: 'A person card (личная карточка) as a staff member sees it: only the accounts of their organisation(s).',
  fields: (t) => ({
    id: t.id({ resolve: (card) => card.person.id }),
    fullName: t.string({ resolve: (card) => formatFullName(name(card)) }),
    lastName: t.string({ resolve: (card) => card.person.lastName }),
    firstName: t.string({ resolve: (card) => card.person.firstName }),
    middleName: t.string({ nullable: true, resolve: (card) => card.person.middleName }),
    birthDate: t.field({ type: 'Date', nullable: true, resolve: (card) => card.person.birthDate }),
    gender: t.field({ type: PersonGenderEnum, nullable: true, resolve: (card) => card.person.gender }),
    snils: t.string({
      nullable: true,
      description: 'XXX-XXX-XXX YY.',
      resolve: (card) => (card.person.snils ? formatSnils(card.person.snils) : null),
    }),
    document: t.field({
      type: IdentityDocumentRef,
      nullable: true,
      resolve: ({ person }) => cardDocument(person),
    }),
    email: t.string({ nullable: true, resolve: (card) => card.person.email }),
    phone: t.string({ nullable: true, resolve: (card) => card.person.phone }),
    updatedAt: t.field({ type: 'DateTime', resolve: (card) => card.person.updatedAt }),
    accounts: t.field({ type: [PersonCardAccountRef], resolve: (card) => card.accounts }),
    esiaLink: t.field({
      type: EsiaLinkEntryRef,
      nullable: true,
      description: 'The current link to an ESIA account, if any.',
      resolve: (card) => (card.esiaLink ? { link: card.esiaLink, card } : null),
    }),
    esiaLinkHistory: t.field({
      type: [EsiaLinkEntryRef],
      description: 'Every link the card ever had, the current one included, newest first.',
      resolve: async (card, _args, { services }) => (await services.personCards.linkHistory(card)).map((link) => ({ link, card })),
    }),
    parents: t.field({ type: [RelatedPersonRef], resolve: (card, _args, { services }) => services.personCards.relatives(card, 'parents') }),
    children: t.field({ type: [RelatedPersonRef], resolve: (card, _args, { services }) => services.personCards.relatives(card, 'children') }),
  }),
});

const PersonCardEdgeRef = builder.objectRef<{ cursor: string; node: PersonCardRecord }>('PersonCardEdge');

PersonCardEdgeRef.implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: PersonCardRef, resolve: (edge) => edge.node }),
  }),
});

export const PersonCardConnectionRef = builder.objectRef<ConnectionPage & { edges: Array<{ cursor: string; node: PersonCardRecord }> }>(
  'PersonCardConnection',
);

PersonCardConnectionRef.implement({
  fields: (t) => ({
    edges: t.field({ type: [PersonCardEdgeRef], resolve: (page) => page.edges }),
    pageInfo: t.field({ type: ConnectionPageInfoRef, resolve: (page) => page }),
  }),
});
