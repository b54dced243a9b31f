import type { AccessRequest } from '@vhod/db';
import { Repeater } from 'graphql-yoga';
import { canSeeOrganisation } from '../access/reader';
import type { StaffActor } from '../staff/staff-actor';
import type { RequestChangeKind } from './request-change';
import type { FeedEvent, RequestChangeFeed } from './request-change-feed';

/** One event of a staff member's subscription: a change of a request they may see, or `reload`. */
export type StaffRequestChange = { kind: 'reload'; request: null } | { kind: RequestChangeKind; request: AccessRequest };

/**
 * How far a screen may fall behind (events pushed but not yet taken by its connection) before its subscription is
 * ended: it resubscribes and reloads instead of this instance holding an ever longer queue for it.
 */
const maxBacklog = 100;

/**
 * A staff member's view of the feed: only the requests the queue would show them (visibleRequest: their
 * organisations, a teacher's class). Every change is checked against their session and account as they are now, not
 * as they were when the subscription started: a session signed out, expired or ended, or an account disabled, ends
 * the subscription at the next change.
 */
export function staffRequestChanges({
  feed,
  subscriber,
  currentActor,
  visibleRequest,
}: {
  feed: RequestChangeFeed;
  /** Who subscribed: changes of organisations they never see are dropped before any database work. */
  subscriber: StaffActor;
  currentActor(): Promise<StaffActor | null>;
  visibleRequest(actor: StaffActor, id: string): Promise<AccessRequest | null>;
}): Repeater<StaffRequestChange> {
  return new Repeater<StaffRequestChange>(async (push, stop) => {
    let backlog = 0;
    let queue = Promise.resolve();

    async function viewOf(event: FeedEvent): Promise<StaffRequestChange | null> {
      if (event.kind === 'reload') return { kind: 'reload', request: null };
      const { change } = event;
      if (!canSeeOrganisation(subscriber, change.organisationId)) return null;
      const actor = await currentActor();
      if (!actor) {
        stop();
        return null;
      }
      const request = await visibleRequest(actor, change.requestId);
      return request ? { kind: change.kind, request } : null;
    }

    const unsubscribe = await feed.subscribe({
      onEvent(event) {
        if (backlog >= maxBacklog) return void stop();
        backlog += 1;
        // One at a time, in the order PostgreSQL delivered them.
        queue = queue.then(async () => {
          try {
            const view = await viewOf(event);
            if (view) await push(view);
          } catch (error) {
            stop(error);
          } finally {
            backlog -= 1;
          }
        });
      },
      onClosed: () => stop(),
    });
    if (!unsubscribe) return void stop();
    await stop;
    unsubscribe();
  });
}
