// npm run restore -- FILE                     a backup made by `npm run backup`
// npm run restore -- --from-pglite OLD_DIR    the PGlite data directory of an earlier Zhucun (DATA_DIR/pgdata)
// Into an EMPTY database only: the embedded one of DATA_DIR, or DATABASE_URL's. Anything else is refused
// and left as it was. Uploaded files (FILES_DIR) are not in a backup: they are copied by hand.
import { existsSync, realpathSync, renameSync } from 'node:fs';
import path from 'node:path';
import { readBackupHeader } from '../backup/format.ts';
import { describeSource, isDataDirectory, restoreInto, type TRestoreSource } from '../backup/restore.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createAuditService } from '../modules/audit/audit.service.ts';

const USAGE =
  '用法 usage: npm run restore -- FILE.zhucun-backup.gz\n' +
  '            npm run restore -- --from-pglite OLD_DATA_DIR/pgdata';

function sourceOf(args: string[]): TRestoreSource {
  const i = args.indexOf('--from-pglite');
  if (i >= 0) {
    const dir = args[i + 1];
    if (!dir) throw new Error(USAGE);
    if (!isDataDirectory(dir))
      throw new Error(
        `不是 PGlite 数据目录（没有 PG_VERSION）not a PGlite data directory: ${path.resolve(dir)}`,
      );
    return { kind: 'pglite', dir: path.resolve(dir) };
  }
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error(USAGE);
  if (!existsSync(file)) throw new Error(`找不到文件 file not found: ${path.resolve(file)}`);
  return { kind: 'file', file: path.resolve(file) };
}

/**
 * The server refuses a DATA_DIR that still holds the old PGlite directory (`pgdata`). Converting that
 * very directory, it is renamed aside first (its content untouched) and named back if the restore fails.
 */
function moveLegacyAside(
  dataDir: string,
  source: TRestoreSource,
): { moved: string; back: () => void } | null {
  const legacy = path.join(dataDir, 'pgdata');
  if (!isDataDirectory(legacy)) return null;
  if (source.kind !== 'pglite' || realpathSync(source.dir) !== realpathSync(legacy))
    throw new Error(
      `数据目录 ${dataDir} 里是旧版 Zhucun 的 PGlite 数据库（${legacy}），不是空的。要转换它请运行 ` +
        `npm run restore -- --from-pglite ${legacy}；否则请换一个新的 DATA_DIR。\n` +
        `${dataDir} holds the PGlite database of an earlier Zhucun; convert it with --from-pglite ${legacy}, ` +
        'or restore into another DATA_DIR.',
    );
  let moved = `${legacy}-pglite-old`;
  for (let n = 2; existsSync(moved); n++) moved = `${legacy}-pglite-old-${n}`;
  renameSync(legacy, moved);
  source.dir = moved;
  return { moved, back: () => renameSync(moved, legacy) };
}

async function run() {
  const source = sourceOf(process.argv.slice(2));
  // a file that is not a backup is refused before any database is touched
  const header = source.kind === 'file' ? await readBackupHeader(source.file) : null;
  if (header) console.log(`备份 backup: ${header.createdAt}, ${header.server.split(' on ')[0]}`);
  const config = loadConfig();
  const started = Date.now();
  const legacy = config.databaseUrl ? null : moveLegacyAside(config.dataDir, source);
  let restored = false;
  try {
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      log: (m) => console.error(m),
    });
    try {
      const summary = await restoreInto(database.url, source);
      restored = true;
      const audit = await createAuditService({ db: database.db }).verify();
      const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
      console.log(`已恢复 restored: ${describeSource(source)}`);
      console.log(`  → ${config.databaseUrl ? 'DATABASE_URL' : `DATA_DIR ${config.dataDir}`}`);
      console.log(`  迁移 migrations: ${summary.migratedFrom} → ${summary.migratedTo}`);
      for (const t of summary.tables) console.log(`  ${t.name.padEnd(28)} ${String(t.rows).padStart(9)} ✓`);
      console.log(
        `  ${summary.tables.length} 个表 tables, ${rows} 行 rows, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      console.log(
        audit.intact
          ? `审计日志哈希链完整 audit chain intact (${audit.checked} 行 rows)`
          : `警告：审计日志哈希链在第 ${audit.firstBrokenId} 行断开 WARNING: audit chain broken at id ${audit.firstBrokenId}`,
      );
      if (legacy)
        console.log(
          `旧的 PGlite 目录已改名（内容未改动）old PGlite directory renamed, unchanged: ${legacy.moved}`,
        );
      console.log(
        `上传的文件（照片、凭证、合同）不在备份里：请把原来的 FILES_DIR 复制到 ${config.filesDir}\n` +
          `Uploaded files are not in the backup: copy the old FILES_DIR to ${config.filesDir}.`,
      );
    } finally {
      await database.close();
    }
  } catch (error) {
    if (!restored) legacy?.back();
    throw error;
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
