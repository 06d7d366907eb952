import { checkBoard } from './check-board.ts'
import { checkCycles } from './check-cycles.ts'
import { checkConnectionEnds, checkInputMultiplicity, checkRequiredInputs } from './check-connections.ts'
import { checkContext } from './check-context.ts'
import { checkDuplicateIds, checkNodeTypes, checkParamValues, checkUnknownParams } from './check-nodes.ts'
import { checkTweaks } from './check-tweaks.ts'
import { jsonPath } from './json-path.ts'
import type { Locate } from './json-path.ts'
import type { Catalog } from './node-schema.ts'
import type { Problem } from './problems.ts'
import { viewOf } from './view.ts'

/** Every check of a file's content against the catalog, in reporting order; `at` words the paths. */
export function check(file: unknown, catalog: Catalog, at: Locate = jsonPath): Problem[] {
  const ctx = checkContext(viewOf(file), catalog, at)
  return [
    ...checkDuplicateIds(ctx),
    ...checkNodeTypes(ctx),
    ...checkUnknownParams(ctx),
    ...checkParamValues(ctx),
    ...checkConnectionEnds(ctx),
    ...checkInputMultiplicity(ctx),
    ...checkRequiredInputs(ctx),
    ...checkCycles(ctx),
    ...checkTweaks(ctx),
    ...checkBoard(file, ctx),
  ]
}
