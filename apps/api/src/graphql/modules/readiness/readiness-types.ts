import type { ObjectRef } from '@pothos/core';
import type { ReadinessCounts } from '@vhod/db';
import type { OrganisationReadinessRow, ReadinessRow } from '../../../readiness/readiness-count';
import type { UnlinkedPerson } from '../../../readiness/readiness-service';
import { builder } from '../../builder';

/** The counts both row types share, described once; only what parents means differs. */
function addNumberFields<T extends ReadinessCounts>(ref: ObjectRef<typeof builder.$inferSchemaTypes, T>, parentsMeaning: string) {
  builder.objectFields(ref, (t) => ({
    students: t.int({ description: 'Students with an active account.', resolve: (row) => row.students }),
    studentsLinked: t.int({ description: 'Of them, with an ESIA (Госуслуги) link.', resolve: (row) => row.studentsLinked }),
    studentsRecentEsia: t.int({
      description: 'Of them, signed in through ESIA in the last 30 days.',
      resolve: (row) => row.studentsRecentEsia,
    }),
    parents: t.int({ description: parentsMeaning, resolve: (row) => row.parents }),
    parentsLinked: t.int({ description: 'Of them, with an ESIA link.', resolve: (row) => row.parentsLinked }),
    parentsRecentEsia: t.int({
      description: 'Of them, signed in through ESIA in the last 30 days.',
      resolve: (row) => row.parentsRecentEsia,
    }),
    openRequests: t.int({ description: 'Access requests still new or in review.', resolve: (row) => row.openRequests }),
    oldestOpenRequestAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the oldest open request was sent; null without open requests.',
      resolve: (row) => row.oldestOpenRequestAt,
    }),
  }));
}

export const ReadinessRowRef = builder.objectRef<ReadinessRow>('ReadinessRow');
ReadinessRowRef.implement({
  description: 'How far one class (or an organisation’s requests that name no class) is from signing in through Госуслуги.',
  fields: (t) => ({
    organisationId: t.exposeID('organisationId', { description: 'The organisation’s stable ID.' }),
    organisationName: t.exposeString('organisationName', { description: 'The organisation’s full name.' }),
    classId: t.exposeID('classId', {
      nullable: true,
      description: 'The class’s stable ID; null for the row of requests that name no class.',
    }),
    className: t.exposeString('className', { nullable: true, description: 'e.g. «8А»; null with classId.' }),
  }),
});
addNumberFields(
  ReadinessRowRef,
  'Parents with an account, by their children’s class (a parent of children in two classes counts in both).',
);

export const OrganisationReadinessRef = builder.objectRef<OrganisationReadinessRow>('OrganisationReadiness');
OrganisationReadinessRef.implement({
  description: 'How far one organisation is from signing in through Госуслуги: the region’s overview row.',
  fields: (t) => ({
    organisationId: t.exposeID('organisationId', { description: 'The organisation’s stable ID.' }),
    organisationName: t.exposeString('organisationName', { description: 'The organisation’s full name.' }),
  }),
});
addNumberFields(OrganisationReadinessRef, 'Parents with an account whose child studies in the organisation, each counted once.');

export const UnlinkedPersonRef = builder.objectRef<UnlinkedPerson>('UnlinkedPerson');
UnlinkedPersonRef.implement({
  description: 'A student or parent of a class without an ESIA link yet: someone for the class teacher to remind.',
  fields: (t) => ({
    personId: t.exposeID('personId', { description: 'The person card’s stable ID.' }),
    fullName: t.exposeString('fullName', { description: 'ФИО as on the card.' }),
    role: t.exposeString('role', { description: '"student" or "parent".' }),
    childName: t.exposeString('childName', { nullable: true, description: 'For a parent: their child in this class.' }),
  }),
});
