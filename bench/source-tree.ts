// A committed revision of the repository to measure instead of the working tree (bench:today --rev=…):
// `git archive` into a directory of its own, with the checkout's installed packages linked in, but the
// workspaces (@zhucun/core, server, web) pointing at the exported ones, so nothing of the working tree
// (another engineer's edits in progress) reaches the build or the server.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.ts';

/** The commit a revision names (`HEAD`, a branch, a hash); throws when it names none. */
export function commitOf(rev: string): string {
  return execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
}

/**
 * Exports commit `commit` into `dir` (made here) and links the checkout's node_modules into it,
 * but for the workspaces: `dir/node_modules/@zhucun/<name>` → `dir/<name>`. Returns `dir`.
 */
export function exportCommit(commit: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name === '.vite') continue; // a build cache: each tree its own
    if (name !== '@zhucun') {
      symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
      continue;
    }
    mkdirSync(path.join(modules, name));
    for (const workspace of readdirSync(path.join(ROOT, 'node_modules', name)))
      symlinkSync(path.join(dir, workspace), path.join(modules, name, workspace));
  }
  return dir;
}
