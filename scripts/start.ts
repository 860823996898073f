/** `npm start`: builds the archive and serves it at http://localhost:4321. */
import { preview } from 'astro';
import { buildSite } from './build.ts';
import { serverPort } from '../src/lib/shared/environment.ts';

if (await buildSite()) {
  const server = await preview({ server: { port: serverPort() } });
  console.log(`Serving the archive at http://localhost:${server.port}/ (Ctrl+C to stop)`);
} else {
  process.exitCode = 1;
}
