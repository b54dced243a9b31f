/**
 * ESIA's `timestamp` parameter: `yyyy.MM.dd HH:mm:ss +0000`, in UTC. ofstudio/go-api-epgu formats UTC with the layout
 * `2006.01.02 15:04:05 -0700` (so `+0000`); fr05t1k/esia uses PHP's `Y.m.d H:i:s O` in the server's zone, AISGorod the
 * local time with its offset: ESIA reads the offset, and UTC keeps ours independent of the server's zone. ESIA refuses a
 * timestamp outside its window with ESIA-007015.
 */
export function esiaTimestamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getUTCFullYear()}.${two(at.getUTCMonth() + 1)}.${two(at.getUTCDate())}`;
  return `${date} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())} +0000`;
}
