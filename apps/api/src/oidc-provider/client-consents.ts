import { oidcConsents, writeAuditEntry, type Database } from '@vhod/db';
import { and, arrayContains, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { ClientMeta } from '../sessions/session-store';

/**
 * «<Система> запрашивает: …» — a person's answer per client, kept like the consent to the data
 * transfer (scopes, time, address). A client asking for more than was consented asks again.
 */
export function createClientConsents(db: Database, clock: Clock) {
  return {
    async covers(personId: string, clientId: string, scopes: readonly string[]): Promise<boolean> {
      const [row] = await db
        .select({ id: oidcConsents.id })
        .from(oidcConsents)
        .where(
          and(
            eq(oidcConsents.personId, personId),
            eq(oidcConsents.clientId, clientId),
            isNull(oidcConsents.withdrawnAt),
            arrayContains(oidcConsents.scopes, [...scopes]),
          ),
        )
        .limit(1);
      return row !== undefined;
    },

    async record(
      consent: { personId: string; accountId: string; esiaSubject: string | null; clientId: string; scopes: readonly string[] },
      meta: ClientMeta,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.insert(oidcConsents).values({
          personId: consent.personId,
          clientId: consent.clientId,
          scopes: [...consent.scopes],
          givenAt: clock.now(),
          clientIp: meta.clientIp,
          userAgent: meta.userAgent,
        });
        await writeAuditEntry(tx, {
          action: 'oidc.consent-given',
          actorKind: 'esia-user',
          esiaSubject: consent.esiaSubject,
          actorPersonId: consent.personId,
          actorAccountId: consent.accountId,
          targetKind: 'oidc-client',
          targetId: consent.clientId,
          clientIp: meta.clientIp,
          details: { scopes: [...consent.scopes] },
        });
      });
    },
  };
}

export type ClientConsents = ReturnType<typeof createClientConsents>;
