/** To be built. */
export function RequestPage(_props: { id: string }) {
  return null;
}
