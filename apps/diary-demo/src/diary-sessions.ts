import { randomBytes } from 'node:crypto';

/** What the diary learnt from Vhod at sign-in: the ID token's claims (the school account, a parent's children). */
export interface DiaryUser {
  sub: string;
  /** The Vhod session id the ID token named; a logout token for it ends this diary session. */
  sid: string | undefined;
  name: string;
  schoolAccount: {
    role: string;
    organisation: { id: string; name: string; type: string };
    class: string | null;
  } | null;
  children: Array<{ id: string; name: string; organisation: { name: string } | null; class: string | null }>;
  idToken: string;
}

/** The diary's own sessions, in memory (a demo: one process, nothing to keep across restarts). */
export function createDiarySessions() {
  const sessions = new Map<string, DiaryUser>();
  return {
    start(user: DiaryUser): string {
      const id = randomBytes(32).toString('base64url');
      sessions.set(id, user);
      return id;
    },
    get: (id: string | undefined) => (id ? sessions.get(id) : undefined),
    end(id: string | undefined): DiaryUser | undefined {
      const user = id ? sessions.get(id) : undefined;
      if (id) sessions.delete(id);
      return user;
    },
    /** Back-channel logout: every diary session of that Vhod session (or, without a sid, of that person). */
    endFor(sub: string, sid: string | undefined): number {
      let ended = 0;
      for (const [id, user] of sessions) {
        if (user.sub === sub && (sid === undefined || user.sid === sid)) {
          sessions.delete(id);
          ended += 1;
        }
      }
      return ended;
    },
  };
}

export type DiarySessions = ReturnType<typeof createDiarySessions>;
