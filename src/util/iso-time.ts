/**
 * ISO 8601 text for an epoch-millisecond instant, in UTC. Sub-millisecond fractions (XES allows microseconds)
 * are kept to the microsecond so that a round trip does not lose them.
 */
export function formatIsoUtc(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const whole = Math.floor(ms);
  const iso = new Date(whole).toISOString();
  const micros = Math.round((ms - whole) * 1000);
  if (micros === 0) return iso;
  // "….123Z" → "….123456Z"
  return `${iso.slice(0, -1)}${String(micros).padStart(3, '0')}Z`;
}
