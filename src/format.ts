// Byte amounts as people read them.

export function formatBytes(n: number, sign = false): string {
  const s = sign && n > 0 ? '+' : n < 0 ? '-' : '';
  const a = Math.abs(n);
  if (a < 1024) return `${s}${Math.round(a)} B`;
  if (a < 1024 * 1024) return `${s}${(a / 1024).toFixed(1)} KiB`;
  return `${s}${(a / 1024 / 1024).toFixed(1)} MiB`;
}
