// npm run divisions:import -- <file.json>
// Imports (or re-imports) a county's divisions from a JSON file shaped like
// server/reference/divisions-140622.json, so Zhucun is not tied to one county.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ZDivisionFile } from '@zhucun/core';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createDivisionsService } from '../modules/divisions/divisions.service.ts';

async function run() {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) throw new Error('用法 usage: npm run divisions:import -- <divisions.json>');
  if (!existsSync(file)) throw new Error(`找不到文件 file not found: ${path.resolve(file)}`);
  const parsed = ZDivisionFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`文件格式不正确 invalid division file ${file}:\n${lines.join('\n')}`);
  }
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    shareWithServer: true,
  });
  try {
    await database.migrate();
    const ctx = { userId: null, username: 'divisions:import', roles: [], ip: null, requestId: null };
    const result = await createDivisionsService({ db: database.db }).importFile(parsed.data, ctx);
    console.log(
      `已导入 imported ${result.county.name} (${result.county.code}): ${result.count} 个行政区划 divisions`,
    );
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
