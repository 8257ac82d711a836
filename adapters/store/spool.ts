import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from '../../src/index.js';
import type { SqlValue } from './driver.js';

/** One record on its way to the database. */
export interface SpooledRow {
  table: string;
  row: SqlValue[];
}

export interface SpoolOptions {
  /** The folder spool files live in (STORE_SPOOL_DIR); created 0700 when missing. */
  dir: string;
  /** What database the rows are for, without secrets (`host:port/db`, schema): a spool is replayed only into it. */
  target: string;
  logger: Logger;
  /** Bytes this process may append before it gives rows up instead (logged and counted). Default 256 MiB. */
  maxBytes?: number;
  /** A process whose heartbeat is older than this is gone, and its files may be taken over. Default 60 s. */
  staleMs?: number;
}

/**
 * Records the database could not take, on local disk, until it can: appended whole lines, each
 * append synced, so what is acknowledged survives SIGTERM, a crash or a restart. Every process
 * writes files of its own (named after its host, pid and start) and keeps a heartbeat file fresh;
 * any process for the same database replays the files of one that is gone, its own included,
 * taking each over first with an atomic rename so that no two replay one file. Rows carry ids and
 * the database ignores repeats, so a file replayed twice (a crash mid-replay) still lands once.
 */
export interface Spool {
  /** Appends rows and syncs them to disk; false when they could not be kept (logged). */
  append(rows: readonly SpooledRow[]): boolean;
  /** True when some file (this process's own, or one left by a process that is gone) waits to be replayed. */
  hasWork(): boolean;
  /**
   * Writes spooled rows through `write`, one file at a time, removing each once written.
   * Rejects on the first failed write, keeping what is left for later. Resolves to the rows written.
   */
  replay(write: (table: string, rows: SqlValue[][]) => Promise<void>, batchSize: number): Promise<number>;
  /** Syncs and closes the open file and stops the heartbeat; files stay for the next start. */
  close(): void;
  /** The folder this process writes in. */
  readonly folder: string;
}

const SEP = '~';
const sanitise = (text: string) => text.replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 64);

interface Owner {
  host: string;
  pid: number;
  start: number;
}

function parseOwner(name: string): Owner | null {
  const [host, pid, start] = name.split(SEP);
  if (!host || !pid || !start || !/^\d+$/.test(pid) || !/^\d+$/.test(start)) return null;
  return { host, pid: Number(pid), start: Number(start) };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function createSpool(options: SpoolOptions): Spool {
  const { logger } = options;
  const maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
  const staleMs = options.staleMs ?? 60_000;
  const folder = join(options.dir, createHash('sha256').update(options.target).digest('hex').slice(0, 16));
  const me: Owner = { host: sanitise(hostname()), pid: process.pid, start: Date.now() };
  const prefix = [me.host, me.pid, me.start].join(SEP);
  const heartbeatFile = join(folder, `${prefix}.alive`);
  let sequence = 0;
  let fd: number | null = null;
  let current: string | null = null;
  let appended = 0;
  let replaying = false;
  let heartbeat: NodeJS.Timeout | undefined;

  const ensureFolder = () => {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!heartbeat) {
      writeFileSync(heartbeatFile, `${me.pid}\n`, { mode: 0o600 });
      heartbeat = setInterval(() => {
        const now = new Date();
        try {
          utimesSync(heartbeatFile, now, now);
        } catch {
          writeFileSync(heartbeatFile, `${me.pid}\n`, { mode: 0o600 });
        }
      }, staleMs / 6);
      heartbeat.unref();
    }
  };

  /** Whether the process that owns files with this prefix is gone (so they may be taken over). */
  const ownerGone = (owner: Owner): boolean => {
    if (owner.host === me.host && owner.pid === me.pid) return owner.start !== me.start; // an earlier run with our pid (a container's pid 1)
    if (owner.host === me.host && !processAlive(owner.pid)) return true;
    try {
      const alive = statSync(join(folder, `${[owner.host, owner.pid, owner.start].join(SEP)}.alive`));
      return Date.now() - alive.mtimeMs > staleMs;
    } catch {
      return true;
    }
  };

  const listFiles = (): string[] => {
    try {
      return readdirSync(folder);
    } catch {
      return [];
    }
  };

  /** Files to replay: ours (the open one is closed first) and those of processes that are gone. */
  const claimable = (): string[] =>
    listFiles().filter((name) => {
      if (!name.endsWith('.jsonl') && !name.endsWith('.replay')) return false;
      const owner = parseOwner(name);
      if (!owner) return false;
      const mine = owner.host === me.host && owner.pid === me.pid && owner.start === me.start;
      return mine || ownerGone(owner);
    });

  const closeCurrent = () => {
    if (fd === null) return;
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
      fd = null;
      current = null;
    }
  };

  return {
    folder,
    append(rows) {
      if (rows.length === 0) return true;
      const text = `${rows.map((r) => JSON.stringify({ t: r.table, r: r.row })).join('\n')}\n`;
      const bytes = Buffer.byteLength(text);
      if (appended + bytes > maxBytes) {
        logger.error({ rows: rows.length, maxBytes, folder }, 'store: spool file full; records dropped');
        return false;
      }
      try {
        ensureFolder();
        if (fd === null) {
          current = join(folder, `${prefix}${SEP}${++sequence}.jsonl`);
          fd = openSync(current, 'a', 0o600);
        }
        writeSync(fd, text);
        fsyncSync(fd);
        appended += bytes;
        return true;
      } catch (error) {
        logger.error({ err: error, rows: rows.length, folder }, 'store: spool file not writable; records dropped');
        return false;
      }
    },
    hasWork() {
      return !replaying && claimable().length > 0;
    },
    async replay(write, batchSize) {
      if (replaying) return 0;
      replaying = true;
      let written = 0;
      try {
        closeCurrent();
        for (const name of claimable()) {
          // Taken over under our own name: if we die mid-replay, another process takes it from us.
          const taken = join(folder, `${prefix}${SEP}${++sequence}.replay`);
          try {
            renameSync(join(folder, name), taken);
          } catch {
            continue; // another process took it first
          }
          const batches = new Map<string, SqlValue[][]>();
          const flushTable = async (table: string) => {
            const rows = batches.get(table);
            if (!rows || rows.length === 0) return;
            batches.delete(table);
            await write(table, rows);
            written += rows.length;
          };
          const lines = createInterface({ input: createReadStream(taken, 'utf8'), crlfDelay: Infinity });
          for await (const line of lines) {
            let parsed: { t?: unknown; r?: unknown };
            try {
              parsed = JSON.parse(line) as { t?: unknown; r?: unknown };
            } catch {
              continue; // a line cut short by a crash mid-append: the rest of the file still counts
            }
            if (typeof parsed.t !== 'string' || !Array.isArray(parsed.r)) continue;
            const rows = batches.get(parsed.t) ?? [];
            rows.push(parsed.r as SqlValue[]);
            batches.set(parsed.t, rows);
            if (rows.length >= batchSize) await flushTable(parsed.t);
          }
          for (const table of [...batches.keys()]) await flushTable(table);
          rmSync(taken, { force: true });
        }
        // Heartbeats of processes gone, with nothing left of theirs.
        for (const name of listFiles()) {
          const owner = name.endsWith('.alive') ? parseOwner(name.slice(0, -'.alive'.length)) : null;
          if (owner && ownerGone(owner) && !listFiles().some((f) => f.startsWith(`${name.slice(0, -'.alive'.length)}${SEP}`))) {
            rmSync(join(folder, name), { force: true });
          }
        }
        appended = 0;
        return written;
      } finally {
        replaying = false;
      }
    },
    close() {
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = undefined;
      closeCurrent();
      // Gone on purpose: whatever is left is anyone's to replay at once.
      rmSync(heartbeatFile, { force: true });
    },
  };
}
