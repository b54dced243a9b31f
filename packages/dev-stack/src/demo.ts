import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataDirInUseError } from '@vhod/db';
import { demoCitizens } from '@vhod/esia-sim';
import { startStack } from './start-stack';

/**
 * `pnpm demo`: the whole system with demo data on fixed ports. PGlite keeps its data in
 * .data/demo unless DATABASE_URL points at a PostgreSQL server.
 */
const levelNames = { simplified: 'упрощённая', standard: 'стандартная', confirmed: 'подтверждённая' } as const;

const dataDir = fileURLToPath(new URL('../../../.data/demo', import.meta.url));
if (!process.env.DATABASE_URL) mkdirSync(dataDir, { recursive: true });

const stack = await startStack({
  apiPort: Number(process.env.VHOD_PORT ?? 3000),
  esiaPort: Number(process.env.ESIA_SIM_PORT ?? 3001),
  smtpPort: Number(process.env.SMTP_SINK_PORT ?? 2525),
  mailboxPort: Number(process.env.SMTP_SINK_HTTP_PORT ?? 3025),
  diaryPort: Number(process.env.DIARY_DEMO_PORT ?? 3002),
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir,
  seed: true,
  serveSpas: true,
  // The demo deployment still lets families link with their legacy login themselves; set
  // VHOD_SELF_LINK_CUTOFF to a past date to see the system after the cutoff.
  env: { VHOD_SELF_LINK_CUTOFF: '2027-03-17', ...process.env },
}).catch((error: unknown) => {
  // Another demo has the folder: say so in one line (two processes on one PGlite folder lose data).
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
});

console.log(`
Vhod is running.
  Family portal:      ${stack.apiUrl}/
  Staff console:      ${stack.apiUrl}/staff/
  GraphQL:            ${stack.apiUrl}/graphql
  Development ESIA:   ${stack.esiaUrl}/   (every citizen's password: demo; parents' cabinet: ${stack.esiaUrl}/cabinet)
  Mailbox (SMTP sink): ${stack.mail.httpUrl}/   (every email the system sends)
  Электронный дневник (демо): ${stack.diaryUrl}/   (a regional system signing in through Vhod: ${stack.apiUrl}/oidc)
  Database:           ${stack.database.kind}

Demo citizens (see docs/demo-data.md for what each one shows):`);
for (const citizen of demoCitizens) {
  const name = [citizen.lastName, citizen.firstName, citizen.middleName].filter(Boolean).join(' ');
  console.log(`  ${citizen.subject}  ${name.padEnd(32)} ${levelNames[citizen.level].padEnd(15)} ${citizen.phone ?? citizen.snils ?? ''}`);
}
console.log('\nPress Ctrl+C to stop.');

const stop = async () => {
  await stack.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
