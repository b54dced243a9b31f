import type { Adapter, AdapterConstructor, AdapterPayload } from 'oidc-provider';

/**
 * Storage for one running sim. oidc-provider's built-in memory adapter shares one
 * 1000-entry LRU across the whole process, so several sims in one test run would share
 * it and a benchmark with many parallel sign-ins could evict flows still in progress.
 * This one belongs to a single provider, has no size cap and drops entries when they expire.
 */
interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

const sweepEveryUpserts = 1000;

/** The models a grant revocation takes down with it (the same set oidc-provider's own adapter tracks). */
const grantBoundModels = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

export function createMemoryAdapter(): AdapterConstructor {
  const entries = new Map<string, Entry>();
  const grantMembers = new Map<string, Set<string>>();
  // Secondary indexes point at full storage keys ("Session:<id>").
  const sessionsByUid = new Map<string, string>();
  const userCodes = new Map<string, string>();
  let upsertsSinceSweep = 0;

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry !== undefined && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function sweep(): void {
    const now = Date.now();
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= now) {
        entries.delete(key);
      }
    }
    for (const [grantId, members] of grantMembers) {
      for (const key of members) {
        if (!entries.has(key)) {
          members.delete(key);
        }
      }
      if (members.size === 0) {
        grantMembers.delete(grantId);
      }
    }
    for (const index of [sessionsByUid, userCodes]) {
      for (const [secondary, key] of index) {
        if (!entries.has(key)) {
          index.delete(secondary);
        }
      }
    }
  }

  return class MemoryAdapter implements Adapter {
    readonly #model: string;

    constructor(model: string) {
      this.#model = model;
    }

    #key(id: string): string {
      return `${this.#model}:${id}`;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      const key = this.#key(id);
      const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Number.POSITIVE_INFINITY;
      entries.set(key, { payload, expiresAt });
      if (this.#model === 'Session' && payload.uid !== undefined) {
        sessionsByUid.set(payload.uid, key);
      }
      if (payload.userCode !== undefined) {
        userCodes.set(payload.userCode, key);
      }
      if (payload.grantId !== undefined && grantBoundModels.has(this.#model)) {
        let members = grantMembers.get(payload.grantId);
        if (members === undefined) {
          members = new Set();
          grantMembers.set(payload.grantId, members);
        }
        members.add(key);
      }
      upsertsSinceSweep += 1;
      if (upsertsSinceSweep >= sweepEveryUpserts) {
        upsertsSinceSweep = 0;
        sweep();
      }
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return live(this.#key(id))?.payload;
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      const key = sessionsByUid.get(uid);
      return key === undefined ? undefined : live(key)?.payload;
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      const key = userCodes.get(userCode);
      return key === undefined ? undefined : live(key)?.payload;
    }

    async consume(id: string): Promise<void> {
      const entry = live(this.#key(id));
      if (entry !== undefined) {
        entry.payload.consumed = Math.floor(Date.now() / 1000);
      }
    }

    async destroy(id: string): Promise<void> {
      const key = this.#key(id);
      const entry = entries.get(key);
      entries.delete(key);
      if (entry?.payload.uid !== undefined && sessionsByUid.get(entry.payload.uid) === key) {
        sessionsByUid.delete(entry.payload.uid);
      }
      if (entry?.payload.userCode !== undefined && userCodes.get(entry.payload.userCode) === key) {
        userCodes.delete(entry.payload.userCode);
      }
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of grantMembers.get(grantId) ?? []) {
        entries.delete(key);
      }
      grantMembers.delete(grantId);
    }
  };
}
