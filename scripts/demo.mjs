/** `npm run demo`: the demo pages on http://127.0.0.1:5173/demo/ with the embedded sample feeds. */
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const server = await createServer({ configFile: 'vite.config.ts', server: { port, strictPort: false } });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nmaillage demo: open ${url}demo/ (Ctrl+C to stop)\n`);
