import { listenForNotifications, type Database, type NotificationListener, type NotificationListenerOptions } from '@vhod/db';
import type { Logger } from '../logging/logger';
import { describeError } from '../logging/unexpected-error';
import { parseRequestChange, requestChangeChannel, type RequestChange } from './request-change';

/**
 * What a subscriber hears: a change, or `reload`: the feed listens from now on (the subscriber's first event), or it
 * was deaf for a while (its database connection was lost and is back), so what the subscriber shows may lack changes.
 */
export type FeedEvent = { kind: 'reload' } | { kind: 'change'; change: RequestChange };

export interface FeedSubscriber {
  onEvent(event: FeedEvent): void;
  /** The feed closed (the instance is stopping): no more events will come. */
  onClosed(): void;
}

/**
 * One LISTEN per API instance, fanned out to that instance's subscribers (the staff screens it serves). It opens with
 * the first subscriber and stays open until close(), so an instance nobody watches through holds no connection for it.
 */
export function createRequestChangeFeed({
  db,
  logger,
  listenerOptions,
}: {
  db: Database;
  logger: Logger;
  listenerOptions?: NotificationListenerOptions;
}) {
  const subscribers = new Set<FeedSubscriber>();
  let listening: Promise<NotificationListener> | null = null;
  let closed = false;
  let deaf = false;

  function broadcast(event: FeedEvent): void {
    for (const subscriber of subscribers) subscriber.onEvent(event);
  }

  function listen(): Promise<NotificationListener> {
    listening ??= listenForNotifications(
      db,
      requestChangeChannel,
      {
        onNotification(payload) {
          const change = parseRequestChange(payload);
          if (change) broadcast({ kind: 'change', change });
          else logger.warn({ source: 'request-changes' }, 'request changes: a notification not of ours, ignored');
        },
        onListening() {
          if (!deaf) return;
          deaf = false;
          logger.info({ source: 'request-changes' }, 'request changes: listening again');
          broadcast({ kind: 'reload' });
        },
        onError(error) {
          if (!deaf) logger.warn({ source: 'request-changes', ...describeError(error) }, 'request changes: listening connection lost');
          deaf = true;
        },
      },
      listenerOptions,
    );
    // A failed first attempt is not kept: the next subscriber tries again.
    listening.catch(() => {
      listening = null;
    });
    return listening;
  }

  return {
    /** LISTENs if this instance does not yet; rejects when the database cannot be reached. */
    async ready(): Promise<void> {
      if (!closed) await listen();
    },

    /**
     * Hands `subscriber` every event from now on, starting with a `reload`; returns the unsubscribe function, or null
     * when the feed is closed.
     */
    async subscribe(subscriber: FeedSubscriber): Promise<(() => void) | null> {
      if (closed) return null;
      await listen();
      if (closed) return null;
      subscribers.add(subscriber);
      subscriber.onEvent({ kind: 'reload' });
      return () => subscribers.delete(subscriber);
    },

    /** How many subscriptions are open now (each is a staff screen's stream). */
    subscriberCount: () => subscribers.size,

    /** Ends every subscription (their streams complete, so clients move to another instance) and the LISTEN. */
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      const ending = [...subscribers];
      subscribers.clear();
      for (const subscriber of ending) subscriber.onClosed();
      const listener = await listening?.catch(() => null);
      await listener?.close();
    },
  };
}

export type RequestChangeFeed = ReturnType<typeof createRequestChangeFeed>;
