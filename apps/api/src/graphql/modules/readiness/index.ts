// The linking-readiness dashboard.
import type { ReadinessRow } from '../../../readiness/readiness-query';
import type { UnlinkedPerson } from '../../../readiness/readiness-service';
import { builder } from '../../builder';

const ReadinessRowRef = builder.objectRef<ReadinessRow>('ReadinessRow');
ReadinessRowRef.implement({
  description: 'How far one class (or an organisation’s requests without a class) is from signing in through Госуслуги.',
  fields: (t) => ({
    organisationId: t.exposeID('organisationId'),
    organisationName: t.exposeString('organisationName'),
    classId: t.exposeID('classId', { nullable: true }),
    className: t.exposeString('className', { nullable: true }),
    students: t.exposeInt('students', { description: 'Students with an account.' }),
    studentsLinked: t.exposeInt('studentsLinked', { description: '…of them with an ESIA link.' }),
    studentsRecentEsia: t.exposeInt('studentsRecentEsia', { description: '…of them signed in through ESIA in the last 30 days.' }),
    parents: t.exposeInt('parents', { description: 'Parents with an account, by their children’s class.' }),
    parentsLinked: t.exposeInt('parentsLinked'),
    parentsRecentEsia: t.exposeInt('parentsRecentEsia'),
    openRequests: t.exposeInt('openRequests'),
    oldestOpenRequestAt: t.expose('oldestOpenRequestAt', { type: 'DateTime', nullable: true }),
  }),
});

const UnlinkedPersonRef = builder.objectRef<UnlinkedPerson>('UnlinkedPerson');
UnlinkedPersonRef.implement({
  fields: (t) => ({
    personId: t.exposeID('personId'),
    fullName: t.exposeString('fullName'),
    role: t.exposeString('role'),
    childName: t.exposeString('childName', { nullable: true, description: 'For a parent: the child in this class.' }),
  }),
});

builder.queryField('readiness', (t) =>
  t.field({
    type: [ReadinessRowRef],
    description: 'Per organisation and class: accounts, ESIA links, recent ESIA sign-ins and open requests (a teacher: their class).',
    authScopes: { requestReader: true },
    resolve: async (_root, _args, context) => context.services.readiness.byClass((await context.staff())!),
  }),
);

builder.queryField('unlinkedPeople', (t) =>
  t.field({
    type: [UnlinkedPersonRef],
    description: 'Students of a class and their parents who have no ESIA link yet.',
    authScopes: { requestReader: true },
    args: { classId: t.arg.id({ required: true }) },
    resolve: async (_root, { classId }, context) => context.services.readiness.unlinkedInClass((await context.staff())!, String(classId)),
  }),
);
