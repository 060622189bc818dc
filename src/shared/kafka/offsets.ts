/**
 * Kafka offsets are 64-bit: they travel as decimal strings and are computed with bigint, never Number(),
 * which would silently lose precision above 2^53.
 */
export type OffsetString = string

export function offsetDiff(high: OffsetString, low: OffsetString): OffsetString {
  const d = BigInt(high) - BigInt(low)
  return (d < 0n ? 0n : d).toString()
}

export function offsetSum(values: OffsetString[]): OffsetString {
  return values.reduce((acc, v) => acc + BigInt(v), 0n).toString()
}

/** Groups digits for display ("1234567" → "1 234 567") without converting to a JS number. */
export function formatOffset(value: OffsetString): string {
  return value.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')
}
