import { runMigrateCommand } from '../migrate-command';

// `pnpm db:migrate`. Exits explicitly: a server that stopped answering may leave a socket behind.
process.exit(
  await runMigrateCommand(process.env.DATABASE_URL, {
    say: (line) => console.log(line),
    complain: (line) => console.error(line),
  }),
);
