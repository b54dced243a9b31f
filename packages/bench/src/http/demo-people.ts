import { DEMO_MUNICIPALITY, demoOrganisations, organisations, seedDemoData, type Database } from '@vhod/db';
import { and, eq } from 'drizzle-orm';

/**
 * The development ESIA only knows the demo citizens, so the HTTP scenarios sign in as them and
 * need their cards: a region seeded by the generator gets the demo organisations and people
 * beside its own (once; they do not collide with generated data). Returns whether it seeded now.
 */
export async function ensureDemoPeople(db: Database): Promise<boolean> {
  const firstDemoOrganisation = demoOrganisations[0]!;
  const [present] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.name, firstDemoOrganisation.name), eq(organisations.municipality, DEMO_MUNICIPALITY)))
    .limit(1);
  if (present) return false;
  await seedDemoData(db);
  return true;
}
