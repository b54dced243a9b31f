import { DomainError } from '@vhod/domain';
import type { AccessRequest } from '@vhod/db';
import { requestChangeKinds } from '../../../request-changes/request-change';
import { staffRequestChanges, type StaffRequestChange } from '../../../request-changes/staff-request-changes';
import { loadStaffActor } from '../../../staff/staff-actor';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';
import { requireStaff } from '../../shared/access/require-staff';
import { StaffAccessRequestRef } from './staff-access-request';

const ChangeKindEnum = builder.enumType('StaffAccessRequestChangeKind', {
  description: 'What happened, as told to a staff screen.',
  values: enumValues(['reload', ...requestChangeKinds] as const, {
    reload:
      'Changes may have been missed: the subscription has just started, or the server lost its database connection for a while. Reload what you show.',
    submitted: 'A family sent the request.',
    taken: 'A staff member took it into work («Взять в работу»).',
    resolved: 'It was resolved: the applicant was let in.',
    rejected: 'It was rejected.',
    noted: 'A staff member added an internal note.',
  }),
});

const StaffAccessRequestChangeRef = builder.objectRef<StaffRequestChange>('StaffAccessRequestChange');

StaffAccessRequestChangeRef.implement({
  description: 'One event of staffAccessRequestChanges.',
  fields: (t) => ({
    kind: t.field({ type: ChangeKindEnum, description: 'What happened.', resolve: (change) => change.kind }),
    request: t.field({
      type: StaffAccessRequestRef,
      nullable: true,
      description: 'The request as it is now; null for RELOAD.',
      resolve: (change): AccessRequest | null => change.request,
    }),
  }),
});

builder.subscriptionField('staffAccessRequestChanges', (t) =>
  t.field({
    type: StaffAccessRequestChangeRef,
    description:
      'Staff console: every change of a request the caller may see (the same requests as staffAccessRequests), from any instance of the API, within a second. The first event is RELOAD. Over server-sent events: POST /graphql with `Accept: text/event-stream`. The subscription ends when the caller’s session does, or when the server stops; subscribe again and reload.',
    authScopes: { $all: { staff: true, requestReader: true } },
    subscribe: async (_root, _args, context) => {
      const subscriber = await requireStaff(context);
      const { services, sessionToken } = context;
      // LISTEN before the stream starts: a database that cannot be reached is this request's error, not a broken stream.
      await services.requestChanges.ready();
      return staffRequestChanges({
        feed: services.requestChanges,
        subscriber,
        currentActor: async () => loadStaffActor(services.db, await services.sessions.load(sessionToken)),
        visibleRequest: (actor, id) =>
          services.staffRequests.visibleRequest(services.db, actor, id).catch((error: unknown) => {
            // Not visible (any more) to this actor: nothing to tell. Anything else is the stream's error.
            if (error instanceof DomainError) return null;
            throw error;
          }),
      });
    },
    resolve: (change) => change,
  }),
);
