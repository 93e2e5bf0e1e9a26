export { BULLETIN_COUNTS, buildDemoRegistry } from './build.ts';
export { seedDemoRegistry, type TDemoRegistryCounts } from './seed.ts';
export type { TDemoPerson, TDemoPosting, TDemoRegistry, TDemoUnit } from './types.ts';
