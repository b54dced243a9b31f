import { fileURLToPath } from 'node:url';

/** The monorepo root (bench results and the apps' builds are found from here, whatever the cwd). */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
