/** One A3 landscape sheet: 420 × 297 mm less 10 mm margins (the wall chart, 挂图). */
export const PLAN_PRINT_PAGE = '@page { size: A3 landscape; margin: 10mm; }';

/** The address of a village's wall chart, with the months of the battle map carried over. */
export const planPrintUrl = (village: string, window?: { from: string; to: string }) =>
  `/projects/plan-print?${new URLSearchParams({ village, ...(window ?? {}) }).toString()}`;
