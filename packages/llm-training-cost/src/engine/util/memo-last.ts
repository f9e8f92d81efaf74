/**
 * Remember a pure function's last call. The live store hands every component the same immutable
 * assumptions object until the next edit, and several components of one slide ask for the same
 * figure (the scaling wall's two charts and its table; the "Not so fast" slides): with this the
 * figure is computed once per edit, not once per component. Identity, not equality: a new object is
 * a new call.
 *
 * @example
 * const figure = memoLast(scalingWallFigureUncached)
 * figure(a) === figure(a) // true: computed once
 */
export function memoLast<A extends object, R>(fn: (arg: A) => R): (arg: A) => R {
  let lastArg: A | null = null
  let lastResult: R
  return (arg: A): R => {
    if (arg !== lastArg) {
      lastResult = fn(arg)
      lastArg = arg
    }
    return lastResult
  }
}
