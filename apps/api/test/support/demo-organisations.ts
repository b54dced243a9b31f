import { organisations, type Database } from '@vhod/db';

/** The ids of the two demo schools the tests work with. */
export async function demoSchools(db: Database): Promise<{ school1: string; gymnasium2: string }> {
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const byName = (name: string) => rows.find((row) => row.name === name)!.id;
  return { school1: byName('МБОУ «Школа № 1»'), gymnasium2: byName('МАОУ «Гимназия № 2»') };
}
