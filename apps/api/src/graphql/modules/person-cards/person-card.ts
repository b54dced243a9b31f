import type { EnumRef, SchemaTypes } from '@pothos/core';
import { formatFullName, formatSnils, identityDocumentTypes, isIdentityDocumentType, personCardGenders, type FullName } from '@vhod/domain';
import type { EsiaLink } from '@vhod/db';
import type { CardAccount, LinkActor, PersonCardRecord, RelatedPerson } from '../../../person-cards/person-card-service';
import { builder } from '../../builder';
import { cardDocument } from '../../../person-cards/card-document';
import { enumValues } from '../../enum-values';
import { AccountRoleEnum } from '../viewer/account';
import { personalDataOnly } from '../../shared/access/personal-data';

export const PersonGenderEnum = builder.enumType('PersonGender', {
  description: 'Gender as written on a person card.',
  values: enumValues(personCardGenders, { male: 'Male.', female: 'Female.' }),
});
export const IdentityDocumentTypeEnum = builder.enumType('IdentityDocumentType', {
  description: "ESIA's identity document type codes.",
  values: enumValues(identityDocumentTypes, {
    RF_PASSPORT: 'Passport of a citizen of Russia.',
    RF_BRTH_CERT: 'Russian birth certificate («свидетельство о рождении»).',
    FID_DOC: 'Identity document of a foreign citizen.',
    FRGN_PASS: 'Russian passport for travel abroad («загранпаспорт»).',
    MLTR_ID: 'Military ID («военный билет»).',
  }),
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
    series: t.exposeString('series', { nullable: true, description: 'The series as written; null for a document without one.' }),
    number: t.exposeString('number', { description: 'The number as written.' }),
  }),
});

const PersonCardAccountRef = builder.objectRef<CardAccount>('PersonCardAccount');

PersonCardAccountRef.implement({
  description: "One of the card's accounts, in an organisation the caller may see.",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID of the account (a UUID).' }),
    role: t.field({ type: AccountRoleEnum, description: 'The role of the account.', resolve: (account) => account.role }),
    organisationId: t.exposeID('organisationId', { description: 'The organisation of the account.' }),
    organisationName: t.exposeString('organisationName', { description: 'That organisation’s full name.' }),
    className: t.exposeString('className', { nullable: true, description: 'A student’s class; null for other roles.' }),
    disabled: t.exposeBoolean('disabled', { description: 'A disabled account cannot be signed in to.' }),
  }),
});

const LinkActorRef = builder.objectRef<LinkActor>('EsiaLinkActor');

LinkActorRef.implement({
  description: 'Who linked or unlinked: the card’s owner themselves or a staff member.',
  fields: (t) => ({
    fullName: t.string({ description: 'Their ФИО.', resolve: (actor) => formatFullName(actor.fullName) }),
    role: t.field({ type: AccountRoleEnum, description: 'The role of the account they acted from.', resolve: (actor) => actor.role }),
    isCardOwner: t.exposeBoolean('isCardOwner', { description: 'The person of the card acted themselves (settings, legacy login).' }),
  }),
});

const EsiaLinkEntryRef = builder.objectRef<{ link: EsiaLink; card: PersonCardRecord }>('PersonCardEsiaLink');

EsiaLinkEntryRef.implement({
  description: 'A link between the card and an ESIA account, current or past (the ESIA account id itself is not shown).',
  fields: (t) => ({
    id: t.id({ description: 'Stable ID of the link (a UUID).', resolve: ({ link }) => link.id }),
    method: t.field({ type: EsiaLinkMethodEnum, description: 'How the link was made.', resolve: ({ link }) => link.method }),
    linkedAt: t.field({ type: 'DateTime', description: 'When the link was made.', resolve: ({ link }) => link.linkedAt }),
    linkedBy: t.field({
      type: LinkActorRef,
      nullable: true,
      description: 'Null for an automatic link at sign-in.',
      resolve: ({ link, card }, _args, { services }) => services.personCards.linkActor(card, link.linkedByAccountId),
    }),
    unlinkedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the link was removed; null while it is current.',
      resolve: ({ link }) => link.unlinkedAt,
    }),
    unlinkedBy: t.field({
      type: LinkActorRef,
      nullable: true,
      description: 'Who removed the link; null while it is current.',
      resolve: ({ link, card }, _args, { services }) => services.personCards.linkActor(card, link.unlinkedByAccountId),
    }),
    active: t.boolean({ description: 'Whether this is the current link.', resolve: ({ link }) => link.unlinkedAt === null }),
  }),
});

const RelatedPersonRef = builder.objectRef<RelatedPerson>('RelatedPerson');

RelatedPersonRef.implement({
  description: 'A parent or child of a card, among the cards the caller may see.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The ID of their person card (see `personCard`).' }),
    fullName: t.string({ description: 'Their ФИО.', resolve: (person) => formatFullName(person) }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true, description: 'Null when their card has none.' }),
  }),
});

export const PersonCardRef = builder.objectRef<PersonCardRecord>('PersonCard');

const name = (card: PersonCardRecord): FullName => card.person;

PersonCardRef.implement({
  description: 'A person card (личная карточка) as the caller sees it: only the accounts in organisations they may see.',
  fields: (t) => ({
    id: t.id({ description: 'Stable ID (a UUID).', resolve: (card) => card.person.id }),
    fullName: t.string({ description: 'ФИО: last, first and middle name.', resolve: (card) => formatFullName(name(card)) }),
    lastName: t.string({ description: 'Surname (фамилия).', resolve: (card) => card.person.lastName }),
    firstName: t.string({ description: 'Given name (имя).', resolve: (card) => card.person.firstName }),
    middleName: t.string({
      nullable: true,
      description: 'Patronymic (отчество); null when there is none.',
      resolve: (card) => card.person.middleName,
    }),
    birthDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Null when the card has none.',
      resolve: (card) => card.person.birthDate,
    }),
    gender: t.field({
      type: PersonGenderEnum,
      nullable: true,
      description: 'Null when the card has none.',
      resolve: (card) => card.person.gender,
    }),
    snils: t.string({
      ...personalDataOnly,
      nullable: true,
      description: `SNILS as XXX-XXX-XXX YY; null when the card has none. ${personalDataOnly.description}`,
      resolve: (card) => (card.person.snils ? formatSnils(card.person.snils) : null),
    }),
    document: t.field({
      ...personalDataOnly,
      type: IdentityDocumentRef,
      nullable: true,
      description: `The identity document; null when the card has none. ${personalDataOnly.description}`,
      resolve: ({ person }) => cardDocument(person),
    }),
    email: t.string({ nullable: true, description: 'Email on the card; null when none.', resolve: (card) => card.person.email }),
    phone: t.string({
      nullable: true,
      description: 'Phone on the card, as written; null when none.',
      resolve: (card) => card.person.phone,
    }),
    updatedAt: t.field({ type: 'DateTime', description: 'When the card last changed.', resolve: (card) => card.person.updatedAt }),
    accounts: t.field({
      type: [PersonCardAccountRef],
      description: 'The card’s accounts in organisations the caller may see.',
      resolve: (card) => card.accounts,
    }),
    esiaLink: t.field({
      type: EsiaLinkEntryRef,
      nullable: true,
      description: 'The current link to an ESIA account; null when there is none.',
      resolve: (card) => (card.esiaLink ? { link: card.esiaLink, card } : null),
    }),
    esiaLinkHistory: t.field({
      type: [EsiaLinkEntryRef],
      description: 'Every link the card ever had, the current one included, newest first.',
      resolve: async (card, _args, { services }) => (await services.personCards.linkHistory(card)).map((link) => ({ link, card })),
    }),
    parents: t.field({
      type: [RelatedPersonRef],
      description: 'The cards of this person’s parents that the caller may see, by name.',
      resolve: (card, _args, { services }) => services.personCards.relatives(card, 'parents'),
    }),
    children: t.field({
      type: [RelatedPersonRef],
      description: 'The cards of this person’s children that the caller may see, by name.',
      resolve: (card, _args, { services }) => services.personCards.relatives(card, 'children'),
    }),
  }),
});
