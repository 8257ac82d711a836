import { describe, expect, it } from 'vitest';
import { adminReport } from '../../adapters/chat-kit/index.js';
import { silentLogger, type Logger } from '../../src/index.js';

const options = { adminUsers: ['ADMIN'], adminVariable: 'SLACK_ADMIN_USERS', logger: silentLogger };

describe('the usage report in chat', () => {
  it('is for the admins only, and says where they are named', async () => {
    const report = async () => 'secret numbers';
    expect(await adminReport('SOMEONE', '', { ...options, report })).toEqual({
      kind: 'notice',
      text: 'The usage report is for the admins named in SLACK_ADMIN_USERS.',
    });
    expect(await adminReport('ADMIN', '7d', { ...options, report })).toEqual({ kind: 'report', text: 'secret numbers' });
  });

  it('says so where nothing is recorded', async () => {
    expect(await adminReport('ADMIN', '', options)).toEqual({ kind: 'notice', text: 'No usage is recorded here, so there is no report.' });
  });

  it('turns a failure into a notice and a log line instead of throwing', async () => {
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (_obj, msg) => void warnings.push(msg ?? '') };
    const report = () => Promise.reject(new Error('database unreachable'));
    expect(await adminReport('ADMIN', '', { ...options, logger, report })).toEqual({
      kind: 'notice',
      text: 'Sorry, the report could not be made: database unreachable',
    });
    expect(warnings).toEqual(['usage report failed']);
  });
});
