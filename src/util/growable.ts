/** Typed arrays that double when a reader streams past their end. */

export function growInt32(a: Int32Array, need: number, fill = 0): Int32Array {
  if (need <= a.length) return a;
  let n = Math.max(1024, a.length * 2);
  while (n < need) n *= 2;
  const next = new Int32Array(n);
  if (fill !== 0) next.fill(fill, a.length);
  next.set(a);
  return next;
}

export function growFloat64(a: Float64Array, need: number, fill = 0): Float64Array {
  if (need <= a.length) return a;
  let n = Math.max(1024, a.length * 2);
  while (n < need) n *= 2;
  const next = new Float64Array(n);
  if (fill !== 0) next.fill(fill, a.length);
  next.set(a);
  return next;
}
