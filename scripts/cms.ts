/**
 * `npm run cms`: the browser editor on the local content folder (CONTENT_DIR honoured). Starts
 * Decap's local server (decap-server, which reads and writes the folder) and the live preview,
 * both on this machine only, and prints the editor's address. Saving writes the files at once:
 * the approval step belongs to the git host (README, "The newsroom in a browser").
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dev } from 'astro';
import { t } from '../src/i18n/vi.ts';
import { ADMIN_PATH, LOCAL_SERVER } from '../src/lib/cms/adminPage.ts';
import { contentDir, serverPort } from '../src/lib/shared/environment.ts';

/** Whether nothing listens on `port` of this machine yet. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

const folder = contentDir();
const localPort = Number(new URL(LOCAL_SERVER).port);
if (!(await isFree(localPort))) {
  console.error(t.editor.portTaken(localPort));
  process.exit(1);
}
const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
// Decap's server stops when this process goes, however it goes (a crash, a kill): its channel to
// this process closes. Left running, it held its port, and the next `npm run cms` could not start.
const untilParentGoes = `process.on('disconnect', () => process.exit(0)); require(${JSON.stringify(decapServer)});`;
const local = spawn(process.execPath, ['-e', untilParentGoes], {
  env: {
    ...process.env,
    PORT: String(localPort),
    BIND_HOST: '127.0.0.1',
    MODE: 'fs',
    GIT_REPO_DIRECTORY: folder,
    LOG_LEVEL: 'warn',
  },
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
});
local.on('exit', (code) => {
  if (code) console.error(t.editor.localServerStopped(code));
  process.exit(code ?? 0);
});
const stop = () => {
  local.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const server = await dev({ server: { port: serverPort() } });
console.log(t.editor.ready(`http://localhost:${server.address.port}${ADMIN_PATH}`, folder));
