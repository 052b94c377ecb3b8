// The baseline for single-event ingestion: a bare Express endpoint that parses the same JSON
// body and answers 202, in its own process like the real server.
import express from 'express';
import { serverTiming } from '../server/src/http/timing';

const app = express();
// Timed the same way as the real server, so the server-side latency rows compare like with like.
app.use(serverTiming());
app.use(express.json({ limit: '2mb' }));
app.post('/ingest', (req, res) => {
  res.status(202).json({ accepted: typeof req.body === 'object' });
});
app.get('/check', (_req, res) => {
  res.json({ isGranted: true });
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`bare express listening on http://127.0.0.1:${address.port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
