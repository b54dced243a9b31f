import { loadApiConfig, systemClock } from '@vhod/api';
import { createSessionStore } from '@vhod/api/queries';
import type { Database } from '@vhod/db';

/**
 * An active staff-console session for `account`, created by the API's own session store (as
 * after a sign-in), so the queue is measured without a sign-in in front.
 */
export async function createStaffSession(db: Database, account: { accountId: string; personId: string }): Promise<string> {
  const config = loadApiConfig({});
  const store = createSessionStore(db, config.sessions, systemClock(config.timeZone));
  const { token } = await store.create(
    {
      app: 'staff',
      stage: 'active',
      signInRole: 'staff',
      signInMethod: 'esia',
      esiaSubject: null,
      esiaProfile: null,
      matchReason: null,
      candidateAccountIds: [],
      accountId: account.accountId,
      personId: account.personId,
    },
    { clientIp: null, userAgent: 'vhod-bench' },
  );
  return token;
}
