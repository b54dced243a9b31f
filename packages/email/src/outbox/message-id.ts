/**
 * The Message-ID of an outbox email. Deterministic, so when a worker crashes after sending but
 * before recording it, the resent copy carries the same id and receiving systems can drop it.
 */
export function outboxMessageId(id: number): string {
  return `<outbox-${id}@vhod.local>`;
}
