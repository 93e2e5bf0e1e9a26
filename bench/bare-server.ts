// The baseline: a bare Fastify route with nothing behind it, in its own process.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ ok: true }));
const port = Number(process.argv[2] ?? 3901);
await app.listen({ port, host: '127.0.0.1' });
console.log(`bare listening ${port}`);
