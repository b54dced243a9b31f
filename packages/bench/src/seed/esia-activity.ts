import type { EsiaLinkMethod, NewConsent, NewEsiaLink } from '@vhod/db';
import type { StaffLink } from './access-requests';
import type { SeedPerson } from './people';
import { WeightedPicker, type Prng } from './prng';

export interface SeedEsiaActivity {
  esiaLinks: Array<NewEsiaLink & { id: string }>;
  consents: Array<NewConsent & { id: string }>;
}

const DAY = 86_400_000;
// The API's default ESIA scopes: the consent names exactly what was asked for.
const consentScopes =
  'openid fullname birthdate gender snils id_doc email mobile kid_fullname kid_birthdate kid_gender kid_snils kid_birth_cert_doc'.split(
    ' ',
  );
const userAgents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 YaBrowser/24.7 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
];
const selfLinkMethods = new WeightedPicker<EsiaLinkMethod>(['automatic', 'legacy_password', 'settings'], [88, 8, 4]);

/** Share of cards linked to ESIA: parents most, children under 14 (who need a parent's consent) least. */
function linkProbability(person: SeedPerson): number {
  if (person.kind === 'staff') return 0.8;
  if (person.kind === 'parent') return 0.66;
  return person.age >= 14 ? 0.55 : 0.45;
}

/**
 * ESIA links (~60% of cards; a few with an earlier, unlinked subject), the data-transfer consent
 * given at each first sign-in, and when people last signed in: through ESIA for linked cards
 * (almost half of them in the last month), with the legacy login for some of the others.
 * Fills `accounts.last_signed_in_at` / `last_esia_sign_in_at` in place.
 */
export function buildEsiaActivity(
  prng: Prng,
  persons: readonly SeedPerson[],
  subjectOf: (person: SeedPerson) => string,
  newSubject: () => string,
  staffLinks: ReadonlyMap<SeedPerson, StaffLink>,
  unlinked: ReadonlySet<SeedPerson>,
  anchor: Date,
): SeedEsiaActivity {
  const esiaLinks: SeedEsiaActivity['esiaLinks'] = [];
  const consents: SeedEsiaActivity['consents'] = [];
  const consent = (esiaSubject: string, personId: string, linkedAt: Date) =>
    consents.push({
      id: prng.uuid(),
      esiaSubject,
      personId,
      purpose: 'data-transfer',
      scopes: consentScopes,
      givenAt: new Date(linkedAt.getTime() - prng.int(5, 120) * 1000),
      clientIp: [10, prng.int(0, 255), prng.int(0, 255), prng.int(1, 254)].join('.'),
      userAgent: prng.pick(userAgents),
      withdrawnAt: null,
    });

  for (const person of persons) {
    const activeAccounts = person.accounts.filter((account) => !account.row.disabledAt);
    const staffLink = staffLinks.get(person);
    const linked = staffLink !== undefined || (!unlinked.has(person) && activeAccounts.length > 0 && prng.chance(linkProbability(person)));
    if (!linked) {
      for (const account of activeAccounts) {
        if (account.row.legacyLogin && prng.chance(0.4))
          account.row.lastSignedInAt = new Date(anchor.getTime() - prng.int(1, 200) * DAY - prng.int(0, DAY));
      }
      continue;
    }

    const linkedAt = staffLink?.linkedAt ?? new Date(anchor.getTime() - prng.int(1, 400) * DAY - prng.int(0, DAY));
    if (!staffLink && prng.chance(0.015)) {
      // An earlier ESIA account, unlinked in the settings before this one was linked.
      const earlierSubject = newSubject();
      const earlierLinkedAt = new Date(linkedAt.getTime() - prng.int(30, 300) * DAY);
      esiaLinks.push({
        id: prng.uuid(),
        esiaSubject: earlierSubject,
        personId: person.row.id,
        method: 'automatic',
        linkedByAccountId: null,
        linkedAt: earlierLinkedAt,
        unlinkedAt: new Date(linkedAt.getTime() - prng.int(1, 20) * DAY),
        unlinkedByAccountId: activeAccounts[0]?.row.id ?? null,
      });
      consent(earlierSubject, person.row.id, earlierLinkedAt);
    }
    const subject = subjectOf(person);
    esiaLinks.push({
      id: prng.uuid(),
      esiaSubject: subject,
      personId: person.row.id,
      method: staffLink ? 'staff' : selfLinkMethods.pick(prng),
      linkedByAccountId: staffLink?.linkedByAccountId ?? null,
      linkedAt,
      unlinkedAt: null,
      unlinkedByAccountId: null,
    });
    consent(subject, person.row.id, linkedAt);

    // Every linked person signed in at least once (the link is made during a sign-in).
    const recency = prng.next();
    const sinceLink = anchor.getTime() - linkedAt.getTime();
    const ago = recency < 0.45 ? prng.next() * 30 * DAY : recency < 0.7 ? (30 + prng.next() * 60) * DAY : (90 + prng.next() * 300) * DAY;
    const lastEsia = new Date(anchor.getTime() - Math.min(ago, sinceLink));
    activeAccounts.forEach((account, index) => {
      if (index > 0 && !prng.chance(0.4)) return;
      account.row.lastEsiaSignInAt = lastEsia;
      account.row.lastSignedInAt = lastEsia;
    });
  }
  return { esiaLinks, consents };
}
