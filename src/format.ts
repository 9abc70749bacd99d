// Amounts as people read them: bytes, rates, counts.

export function formatBytes(n: number, sign = false): string {
  const s = sign && n > 0 ? '+' : n < 0 ? '-' : '';
  const a = Math.abs(n);
  if (a < 1024) return `${s}${Math.round(a)} B`;
  if (a < 1024 * 1024) return `${s}${(a / 1024).toFixed(1)} KiB`;
  if (a < 1024 * 1024 * 1024) return `${s}${(a / 1024 / 1024).toFixed(1)} MiB`;
  return `${s}${(a / 1024 / 1024 / 1024).toFixed(1)} GiB`;
}

/**
 * A rate per iteration as a service feels it: what 100,000 iterations keep,
 * or a million when that is under 10 MiB. Undefined for no growth.
 */
export function impact(perIteration: number): string | undefined {
  if (perIteration <= 0) return undefined;
  const calls = perIteration * 100_000 >= 10 * 1024 * 1024 ? 100_000 : 1_000_000;
  return `≈ ${formatBytes(perIteration * calls)} per ${calls.toLocaleString('en-US')} iterations`;
}

/** "1 line", "3 lines": one wording for counts. */
export function lines(n: number): string {
  return `${n} line${n === 1 ? '' : 's'}`;
}
