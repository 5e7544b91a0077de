/** Day of year of an ISO date / days in its year: the 时间进度 of rules.md. */
export function timeProgress(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map((p) => parseInt(p, 10));
  const start = Date.UTC(y, 0, 1);
  const day = (Date.UTC(y, m - 1, d) - start) / 86_400_000 + 1;
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return day / days;
}
