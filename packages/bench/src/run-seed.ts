import { openBenchDatabase } from './bench-database';
import { readCliOptions } from './cli-options';
import { formatSeedReport } from './report/seed-table';

// `pnpm bench:seed`: (re)creates and seeds the bench database, measures nothing else.
const options = readCliOptions();
console.log(options.banner);
const database = await openBenchDatabase({ scale: options.scale, serverUrl: options.serverUrl, forceSeed: true });
try {
  for (const line of database.log) console.log(line);
  if (database.seed) console.log(formatSeedReport(database.seed));
} finally {
  await database.handle.close();
}
