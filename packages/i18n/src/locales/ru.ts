// The reference catalogue: every other language must have the same keys (see `Messages`).
import { ruConsole } from './ru-console';
import { ruPortal } from './ru-portal';

export { ruConsole, ruPortal };
export const ru = { ...ruPortal, ...ruConsole } as const;
