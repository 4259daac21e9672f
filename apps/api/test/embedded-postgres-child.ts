// Opens the embedded database on argv[2] in its own process, as `main.ts` does, and reports one line:
// `READY <url>`, `IN_USE <message>` or `ERROR <message>`. SIGTERM stops it cleanly.
// (PGlite loads its WASM through a dynamic import that Jest's module sandbox cannot run, hence a child process.)
import { DataDirectoryInUseError, startEmbeddedPostgres } from '../src/database/embedded-postgres';

const dir = process.argv[2];
startEmbeddedPostgres(dir, 2).then(
  (pg) => {
    process.stdout.write(`READY ${pg.url}\n`);
    process.once('SIGTERM', () => void pg.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    const kind = error instanceof DataDirectoryInUseError ? 'IN_USE' : 'ERROR';
    process.stdout.write(`${kind} ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
