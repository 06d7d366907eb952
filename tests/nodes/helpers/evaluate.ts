import { asapScheduler } from 'rxjs'
import { isLongRunning } from '../../../src/runtime/define-node.ts'
import type { InputSpecs, InputValues, NodeDefinition, OutputSpecs, OutputValues, ParamSpecs, ParamValues, EvalContext } from '../../../src/runtime/define-node.ts'

/** The declared default of every param, with `overrides` on top. */
export function paramsOf<P extends ParamSpecs>(params: P, overrides: Partial<ParamValues<P>> = {}): ParamValues<P> {
  const defaults: Record<string, unknown> = {}
  for (const [name, decl] of Object.entries(params)) defaults[name] = decl.default
  return { ...defaults, ...overrides } as ParamValues<P>
}

export interface EvaluateOptions {
  nodeId?: string
  label?: string
}

/**
 * Calls a node definition's evaluate with a minimal context (defaults for every param,
 * no tweaks, autoplay on) and returns its outputs. Throws for long-running nodes.
 */
export async function evaluate<I extends InputSpecs, O extends OutputSpecs, P extends ParamSpecs>(
  def: NodeDefinition<I, O, P>,
  inputs: InputValues<I>,
  overrides: Partial<ParamValues<P>> = {},
  options: EvaluateOptions = {},
): Promise<OutputValues<O>> {
  const nodeId = options.nodeId ?? def.type.split('/')[1]
  const ctx: EvalContext<I, P> = {
    nodeId,
    label: options.label ?? nodeId,
    inputs,
    params: paramsOf(def.params, overrides),
    scheduler: asapScheduler,
    tweaks: [],
    edits: [],
    previous: null,
    liveSources: {},
    signal: new AbortController().signal,
    autoplay: true,
  }
  if (isLongRunning(def)) throw new Error(`${def.type} is a long-running node: it returns a process, not outputs`)
  return await def.evaluate(ctx)
}
