/** To be built. */
export function QueuePage() {
  return null;
}
