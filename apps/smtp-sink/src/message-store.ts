import type { SinkMessage } from './sink-message';

interface Waiter {
  predicate: (message: SinkMessage) => boolean;
  resolve: (message: SinkMessage) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Messages in memory, oldest first, keeping only the newest `limit` so a long development
 * session cannot grow without bound. Also wakes up whoever waits for a matching message.
 */
export class MessageStore {
  private readonly items: SinkMessage[] = [];
  private readonly waiters = new Set<Waiter>();
  private nextId = 1;

  constructor(private readonly limit: number) {}

  add(message: Omit<SinkMessage, 'id' | 'receivedAt'>): SinkMessage {
    const stored: SinkMessage = { ...message, id: this.nextId++, receivedAt: new Date() };
    this.items.push(stored);
    if (this.items.length > this.limit) this.items.splice(0, this.items.length - this.limit);
    for (const waiter of this.waiters) {
      if (!matches(waiter, stored)) continue;
      this.settle(waiter);
      waiter.resolve(stored);
    }
    return stored;
  }

  all(): ReadonlyArray<SinkMessage> {
    return [...this.items];
  }

  find(id: number): SinkMessage | undefined {
    return this.items.find((message) => message.id === id);
  }

  clear(): void {
    this.items.length = 0;
  }

  /** Resolves with the first stored or future message the predicate accepts. */
  waitFor(predicate: (message: SinkMessage) => boolean, timeoutMs: number): Promise<SinkMessage> {
    return new Promise((resolve, reject) => {
      const existing = this.items.find(predicate);
      if (existing) {
        resolve(existing);
        return;
      }
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.settle(waiter);
          reject(new Error(`smtp-sink: no matching message within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Fails every pending waitFor (the sink is closing; nothing more will arrive). */
  rejectWaiters(reason: string): void {
    for (const waiter of [...this.waiters]) {
      this.settle(waiter);
      waiter.reject(new Error(reason));
    }
  }

  private settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
  }
}

function matches(waiter: Waiter, message: SinkMessage): boolean {
  try {
    return waiter.predicate(message);
  } catch {
    // A throwing predicate must not stop delivery to the other waiters.
    return false;
  }
}
