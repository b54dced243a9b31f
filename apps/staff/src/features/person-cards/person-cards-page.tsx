/** To be built. */
export function PersonCardsPage() {
  return null;
}
