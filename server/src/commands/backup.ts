// npm run backup [-- --out FILE]
// A consistent snapshot of the whole database (online: the server may keep running) as one gzip file,
// made through SQL alone, so the same on the embedded and an external PostgreSQL (see backup/format.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultBackupPath, writeBackupFile } from '../backup/backup-file.ts';
import { openPgConnection } from '../backup/sql-runner.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';

function outOption(args: string[]): string | null {
  const i = args.indexOf('--out');
  if (i < 0) return null;
  const file = args[i + 1];
  if (!file) throw new Error('用法 usage: npm run backup [-- --out FILE]');
  return file;
}

async function run() {
  const out = outOption(process.argv.slice(2));
  const config = loadConfig();
  if (!config.databaseUrl && !existsSync(path.join(config.dataDir, 'postgres', 'PG_VERSION')))
    throw new Error(
      `数据目录 ${config.dataDir} 里没有数据库，无可备份（外部 PostgreSQL 请设置 DATABASE_URL）。\n` +
        `No database in ${config.dataDir} to back up (for an external PostgreSQL, set DATABASE_URL).`,
    );
  const started = Date.now();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    shareWithServer: true,
    log: (m) => console.error(m),
  });
  try {
    const connection = await openPgConnection(database.url);
    try {
      const file = out ?? defaultBackupPath(config.dataDir, new Date());
      const { bytes, header } = await writeBackupFile(connection, file);
      const rows = header.tables.reduce((n, t) => n + t.rows, 0);
      console.log(`已备份 backed up: ${path.resolve(file)}`);
      console.log(
        `  ${(bytes / 1024 / 1024).toFixed(2)} MB, ${header.tables.length} 个表 tables, ${rows} 行 rows, ` +
          `迁移 migration ${header.migration.tag}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      for (const t of header.tables) console.log(`  ${t.name.padEnd(28)} ${String(t.rows).padStart(9)}`);
      console.log(
        `上传的文件（照片、凭证、合同）不在数据库里，也不在这个备份里：请同时复制 FILES_DIR ${config.filesDir}\n` +
          `Uploaded files are not in this backup: copy FILES_DIR (${config.filesDir}) along with it.`,
      );
    } finally {
      await connection.close();
    }
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
