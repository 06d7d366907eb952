import { checkCycles } from './check-cycles.ts'
import { checkConnectionEnds, checkInputMultiplicity, checkRequiredInputs } from './check-connections.ts'
import { checkDuplicateIds, checkNodeTypes, checkParamValues, checkUnknownParams } from './check-nodes.ts'
import { checkTweaks } from './check-tweaks.ts'
import type { Catalog } from './node-schema.ts'
import type { Problem } from './problems.ts'
import { viewOf } from './view.ts'

/** Every check of a file's content against the catalog, in reporting order. */
export function check(file: unknown, catalog: Catalog): Problem[] {
  const view = viewOf(file)
  return [
    ...checkDuplicateIds(view),
    ...checkNodeTypes(view, catalog),
    ...checkUnknownParams(view, catalog),
    ...checkParamValues(view, catalog),
    ...checkConnectionEnds(view, catalog),
    ...checkInputMultiplicity(view, catalog),
    ...checkRequiredInputs(view, catalog),
    ...checkCycles(view),
    ...checkTweaks(view, catalog),
  ]
}
