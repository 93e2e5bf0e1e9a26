import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The files a source file runs, followed through its relative imports and re-exports (type-only ones left out),
 * itself included, and the packages they import by name. The light build's tests (docs/web.md §Size)
 * use it to keep zod, i18n and the frameworks out of what the cadre's light pages import.
 */
export function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, what] of text.matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)';/gms)) {
    if (what!.startsWith('.')) runtimeImports(path.resolve(path.dirname(file), what!), seen);
    else seen.add(what!);
  }
  return seen;
}

/** The base names of what `file` runs (see `runtimeImports`), sorted. */
export function runtimeImportNames(file: string): string[] {
  return [...runtimeImports(file)].map((f) => path.basename(f)).sort();
}
