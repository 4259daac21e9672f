// Baseline for save-answer-endpoint.bench.ts: the same conditional UPDATE as the API's save-answer endpoint, behind
// a minimal Fastify handler with a pg pool and nothing else (no session, CSRF, membership check or validation).
import Fastify from 'fastify';
import { Pool } from 'pg';

const url = process.env['DATABASE_URL'];
const port = Number(process.env['PORT'] ?? 0);
if (!url) throw new Error('DATABASE_URL is required');
const pool = new Pool({ connectionString: url, max: 10 });
const app = Fastify({ logger: false });

interface Params {
  org: string;
  id: string;
  q: string;
}
interface Body {
  value: unknown;
  expectedVersion: number;
}

app.put<{ Params: Params; Body: Body }>('/raw/:org/:id/answers/:q', async (req, reply) => {
  const { org, id, q } = req.params;
  const { value, expectedVersion } = req.body;
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
    return reply.code(409).send({ code: 'ANSWER_CONFLICT', current: { version: current.rows[0]?.version ?? 0 } });
  }
  return { questionId: q, value, version: row.version, answeredAt: row.answered_at.toISOString() };
});

app.listen({ port, host: '127.0.0.1' }).then((address) => {
  process.stdout.write(`LISTENING ${address}\n`);
});
