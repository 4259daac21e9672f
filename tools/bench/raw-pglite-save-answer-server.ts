// Baseline for embedded-autosave.bench.ts: the same conditional UPDATE as the API's save-answer endpoint, run on
// PGlite in this process (no socket, no pool, no session, CSRF, membership check or validation) behind node:http.
// Opens the data directory the API used (PGLITE_DIR), after the API has stopped.
import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';

const dir = process.env['PGLITE_DIR'];
const port = Number(process.env['PORT'] ?? 0);
if (!dir) throw new Error('PGLITE_DIR is required');

async function main(): Promise<void> {
  const db = await PGlite.create(dir);
  const server = createServer((req, res) => {
    const m = /^\/raw\/([^/]+)\/([^/]+)\/answers\/([^/]+)$/.exec(req.url ?? '');
    if (req.method !== 'PUT' || !m) {
      res.writeHead(404).end();
      return;
    }
    const [, org, id, q] = m;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const { value, expectedVersion } = JSON.parse(Buffer.concat(chunks).toString()) as {
          value: unknown;
          expectedVersion: number;
        };
        const r = await db.query<{ version: number; answered_at: Date }>(
          `UPDATE assessment_answers SET value = $4::jsonb, version = version + 1, answered_at = now()
            WHERE organization_id = $1 AND assessment_id = $2 AND question_id = $3 AND version = $5
              AND EXISTS (SELECT 1 FROM assessments a WHERE a.organization_id = $1 AND a.id = $2 AND a.status = 'draft')
           RETURNING version, answered_at`,
          [org, id, q, JSON.stringify(value), expectedVersion],
        );
        const row = r.rows[0];
        if (!row) {
          const current = await db.query<{ version: number }>(
            'SELECT version FROM assessment_answers WHERE organization_id = $1 AND assessment_id = $2 AND question_id = $3',
            [org, id, q],
          );
          res
            .writeHead(409, { 'content-type': 'application/json' })
            .end(JSON.stringify({ code: 'ANSWER_CONFLICT', current: { version: current.rows[0]?.version ?? 0 } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            questionId: q,
            value,
            version: row.version,
            answeredAt: new Date(row.answered_at).toISOString(),
          }),
        );
      })();
    });
  });
  server.listen(port, '127.0.0.1', () => process.stdout.write(`LISTENING ${port}\n`));
  process.on('SIGTERM', () => server.close(() => void db.close().then(() => process.exit(0))));
}

void main();
