import { reservePort } from '@vhod/dev-stack';

/** A port free on 127.0.0.1 now, for a server in another process (which cannot take over a held listener). */
export async function freePort(): Promise<number> {
  const reservation = await reservePort();
  await reservation.release();
  return reservation.port;
}
