import type { Locate } from './json-path.ts'
import type { Catalog } from './node-schema.ts'
import { didYouMean, suggestionBudget } from './suggest.ts'
import type { GraphView } from './view.ts'

/** What every check of a file's content against the catalog reads. */
export interface CheckContext {
  readonly view: GraphView
  readonly catalog: Catalog
  /** Path text for a location in the checked file, as the user's own file spells it. */
  readonly at: Locate
  /** "Did you mean", with one work budget for the whole validation. */
  readonly didYouMean: (name: string, candidates: Iterable<string>) => string
}

export function checkContext(view: GraphView, catalog: Catalog, at: Locate): CheckContext {
  const budget = suggestionBudget()
  return { view, catalog, at, didYouMean: (name, candidates) => didYouMean(name, candidates, budget) }
}
