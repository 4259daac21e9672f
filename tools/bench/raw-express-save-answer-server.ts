// A second baseline for save-answer-endpoint.bench.ts: the same conditional UPDATE as raw-save-answer-server.ts, behind
// plain Express (the HTTP framework under NestJS here) instead of Fastify. The gap between the two raw servers is
// what Express itself costs; the gap between this one and the API is what Nest, our guards, pipes and middleware add.
import { createRequire } from 'node:module';
import { Pool } from 'pg';

// The Express that NestJS runs on here (5.x, nested under @nestjs/platform-express), not the workspace's own 4.x.
const fromNest = createRequire(require.resolve('@nestjs/platform-express'));
const express = fromNest('express') as typeof import('express');
const url = process.env['DATABASE_URL'];
const port = Number(process.env['PORT'] ?? 0);
if (!url) throw new Error('DATABASE_URL is required');
const pool = new Pool({ connectionString: url, max: 10 });
const app = express();
app.use(express.json());

app.put('/raw/:org/:id/answers/:q', async (req, res) => {
  const { org, id, q } = req.params;
  const { value, expectedVersion } = req.body as { value: unknown; expectedVersion: number };
  const r = await pool.query<{ version: number; answered_at: Date }>(
    `UPDATE assessment_answers SET value = $4::jsonb, version = version + 1, answered_at = now()
      WHERE organization_id = $1 AND assessment_id = $2 AND question_id = $3 AND version = $5
        AND EXISTS (SELECT 1 FROM assessments a WHERE a.organization_id = $1 AND a.id = $2 AND a.status = 'draft')
     RETURNING version, answered_at`,
    [org, id, q, JSON.stringify(value), expectedVersion],
  );
  const row = r.rows[0];
  if (!row) {
    const current = await pool.query<{ version: number }>(
      'SELECT version FROM assessment_answers WHERE organization_id = $1 AND assessment_id = $2 AND question_id = $3',
      [org, id, q],
    );
    res.status(409).json({ code: 'ANSWER_CONFLICT', current: { version: current.rows[0]?.version ?? 0 } });
    return;
  }
  res.json({ questionId: q, value, version: row.version, answeredAt: row.answered_at.toISOString() });
});

const server = app.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : address}\n`);
});
