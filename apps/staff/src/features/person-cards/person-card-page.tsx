/** To be built. */
export function PersonCardPage(_props: { id: string }) {
  return null;
}
