/**
 * The entry of a typed list with this id: the one way data picks an entry of another list (an offer a
 * preset is priced at, a model a figure cites). Lists are `as const`, so `id` must be one of the list's
 * ids (a typo is a type error) and the entry comes back with its literal type; an id that is not there
 * (a string widened at run time) fails here, naming it, instead of as an `undefined` further on.
 * Usage: `byId(PRICES_SINCE_2024, 'lyceum-b200-on-demand-2026-03-low')`.
 */
export function byId<T extends { readonly id: string }, I extends T['id']>(list: readonly T[], id: I): Extract<T, { id: I }> {
  const found = list.find(entry => entry.id === id)
  if (found === undefined)
    throw new Error(`no entry with id "${id}" (ids: ${list.map(entry => entry.id).join(', ')})`)
  return found as Extract<T, { id: I }>
}
