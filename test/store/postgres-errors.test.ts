import { describe, expect, it } from 'vitest';
import { describePostgresFailure, postgresTarget } from '../../adapters/store/postgres-errors.js';

const target = postgresTarget('postgres://bot:secret@db.internal:5433/botdb');
/** An error shaped as pg gives it: a message, and the server's SQLSTATE or the system's code. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('what a PostgreSQL failure says', () => {
  it('names the server without its password', () => {
    expect(target).toEqual({ host: 'db.internal', port: 5433, user: 'bot', database: 'botdb' });
  });

  it('calls a wrong password a refused login, not an unreachable server', () => {
    const line = describePostgresFailure(pgError('password authentication failed for user "bot"', '28P01'), target);
    expect(line).toBe(
      'PostgreSQL at db.internal:5433/botdb refused the login for user "bot" (password authentication failed for user "bot"): check the user and password in DATABASE_URL',
    );
    expect(line).not.toMatch(/not reachable/);
  });

  it('calls a missing password a refused login too (the server asked for one)', () => {
    const line = describePostgresFailure(
      pgError('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'),
      target,
      'TEST_DATABASE_URL',
    );
    expect(line).toMatch(
      /^PostgreSQL at db\.internal:5433\/botdb refused the login for user "bot" .*check the user and password in TEST_DATABASE_URL$/,
    );
  });

  it('tells a missing database and an unreachable server apart', () => {
    expect(describePostgresFailure(pgError('database "botdb" does not exist', '3D000'), target)).toMatch(
      /the server is up but has no database "botdb"/,
    );
    expect(describePostgresFailure(pgError('connect ECONNREFUSED 10.0.0.5:5433', 'ECONNREFUSED'), target)).toMatch(
      /^PostgreSQL at db\.internal:5433\/botdb is not reachable \(connect ECONNREFUSED 10\.0\.0\.5:5433\): is the server running/,
    );
  });
});
