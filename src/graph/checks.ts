import { checkBoard } from './check-board.ts'
import { checkLesson } from './check-lesson.ts'
import { checkCycles } from './check-cycles.ts'
import { checkConnectionEnds, checkInputMultiplicity, checkRequiredInputs } from './check-connections.ts'
import { checkContext } from './check-context.ts'
import type { CheckContext } from './check-context.ts'
import { checkDuplicateIds, checkNodeTypes, checkParamValues, checkUnknownParams } from './check-nodes.ts'
import { checkTweaks } from './check-tweaks.ts'
import { jsonPath } from './json-path.ts'
import type { Locate } from './json-path.ts'
import type { Catalog } from './node-schema.ts'
import type { Problem } from './problems.ts'
import { viewOf } from './view.ts'

/**
 * What a problem means for the user's work (DESIGN.md §4). *Damage* the editor cannot show
 * faithfully (two nodes with one id, a wire to a port that does not exist, a value its param
 * refuses), so the file is refused. *Incompleteness* is work in progress: the graph opens,
 * saves and shares, and the problem shows on its node (an unconnected input, a node type this
 * Flowgrad does not know, kept as a placeholder, a cycle), but it does not run.
 */
export type ProblemKind = 'damage' | 'incomplete'

/** Every check of a file's content against the catalog, in reporting order, with what its problems mean. */
const CHECKS: readonly { readonly run: (ctx: CheckContext, file: unknown) => Problem[]; readonly kind: ProblemKind }[] = [
  { run: checkDuplicateIds, kind: 'damage' },
  { run: checkNodeTypes, kind: 'incomplete' },
  { run: checkUnknownParams, kind: 'damage' },
  { run: checkParamValues, kind: 'damage' },
  { run: checkConnectionEnds, kind: 'damage' },
  { run: checkInputMultiplicity, kind: 'damage' },
  { run: checkRequiredInputs, kind: 'incomplete' },
  { run: checkCycles, kind: 'incomplete' },
  { run: checkTweaks, kind: 'damage' },
  // A pin to a node or port that does not exist cannot be shown on the board.
  { run: (ctx, file) => checkBoard(file, ctx), kind: 'damage' },
  // A lock naming something that is not there cannot be applied as the teacher meant.
  { run: (ctx, file) => checkLesson(file, ctx), kind: 'damage' },
]

export interface CheckResult {
  readonly problems: Problem[]
  /** Whether any problem is damage; otherwise the graph is at worst incomplete. */
  readonly damaged: boolean
}

/** Checks a file's content against the catalog and tells damage from incompleteness; `at` words the paths. */
export function checkClassified(file: unknown, catalog: Catalog, at: Locate = jsonPath): CheckResult {
  const ctx = checkContext(viewOf(file), catalog, at)
  const problems: Problem[] = []
  let damaged = false
  for (const { run, kind } of CHECKS) {
    const found = run(ctx, file)
    problems.push(...found)
    if (kind === 'damage' && found.length > 0) damaged = true
  }
  return { problems, damaged }
}

/** Every check of a file's content against the catalog, in reporting order; `at` words the paths. */
export function check(file: unknown, catalog: Catalog, at: Locate = jsonPath): Problem[] {
  return checkClassified(file, catalog, at).problems
}
