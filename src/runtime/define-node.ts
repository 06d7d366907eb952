import type { SchedulerLike } from 'rxjs'
import type { NodeSchema } from '../graph/node-schema.ts'
import type { ParamDecl, ValueOfParam } from '../graph/params.ts'
import type { Tweak } from '../graph/graph-file.ts'
import type { TweakEdit } from '../graph/tweaks.ts'
import type { AnyPort, ValueOf } from './ports.ts'

export interface InputSpec<P extends AnyPort = AnyPort, Multiple extends boolean = boolean, Optional extends boolean = boolean> {
  readonly port: P
  readonly multiple: Multiple
  readonly optional: Optional
  readonly live: boolean
  readonly label?: string
  readonly doc?: string
}

interface InputOptions {
  /** New values reach the running computation instead of restarting it. */
  live?: boolean
  label?: string
  doc?: string
}

/** A required input carrying one value. */
export function input<P extends AnyPort>(port: P, o: InputOptions = {}): InputSpec<P, false, false> {
  return { port, multiple: false, optional: false, live: o.live ?? false, label: o.label, doc: o.doc }
}

/** An input the node can do without; its value is undefined when unconnected. */
export function optionalInput<P extends AnyPort>(port: P, o: InputOptions = {}): InputSpec<P, false, true> {
  return { port, multiple: false, optional: true, live: o.live ?? false, label: o.label, doc: o.doc }
}

/** An input taking any number of connections; the node gets their values in connection order. */
export function multiInput<P extends AnyPort>(port: P, o: InputOptions = {}): InputSpec<P, true, true> {
  return { port, multiple: true, optional: true, live: o.live ?? false, label: o.label, doc: o.doc }
}

export interface OutputSpec<P extends AnyPort = AnyPort> {
  readonly port: P
  readonly label?: string
  readonly doc?: string
}

export function output<P extends AnyPort>(port: P, o: { label?: string; doc?: string } = {}): OutputSpec<P> {
  return { port, label: o.label, doc: o.doc }
}

export type InputSpecs = Record<string, InputSpec>
export type OutputSpecs = Record<string, OutputSpec>
export type ParamSpecs = Record<string, ParamDecl>

export type InputValues<I extends InputSpecs> = {
  readonly [K in keyof I]: I[K] extends InputSpec<infer P, infer M, infer Opt>
    ? M extends true
      ? readonly ValueOf<P>[]
      : Opt extends true
        ? ValueOf<P> | undefined
        : ValueOf<P>
    : never
}

export type OutputValues<O extends OutputSpecs> = { [K in keyof O]: ValueOf<O[K]['port']> }
export type ParamValues<P extends ParamSpecs> = { readonly [K in keyof P]: ValueOfParam<P[K]> }

/** A port's shape before running: Tensor shape, Dataset features ([rows, features]), model output. */
export type PortShape = readonly (number | null)[]

export type RunCommand = 'play' | 'pause' | 'stepBatch' | 'stepEpoch' | 'reset'

export type ProcessEvent =
  | { readonly kind: 'step'; readonly step: number; readonly epoch: number; readonly loss: number }
  | { readonly kind: 'epoch'; readonly epoch: number; readonly logs: Readonly<Record<string, number>> }
  | { readonly kind: 'status'; readonly status: 'running' | 'paused' }
  /** A live change; `continues`: it carries on the trainer's last tweak of that param (one gesture) and replaces it. */
  | { readonly kind: 'tweak'; readonly tweak: Tweak; readonly continues: boolean }
  /** The run started over (reset, or a change its weights cannot take): its tweaks no longer describe it. */
  | { readonly kind: 'restarted'; readonly reason: string | null }
  | { readonly kind: 'done' }
  | { readonly kind: 'error'; readonly message: string; readonly step: number }

export interface ProcessSink<O extends OutputSpecs> {
  /** New output values: the runtime propagates them downstream as one change. */
  emit(outputs: OutputValues<O>): void
  event(e: ProcessEvent): void
  /** Recorded tweaks due now: the runtime makes their edits (not recorded again) and propagates them before this returns. */
  replay(edits: readonly { edit: TweakEdit; value: Tweak['value'] }[]): void
}

/**
 * A long-running computation (the trainer). The runtime starts it, forwards run-control
 * commands and live input values to it, and disposes it when its inputs change.
 */
export interface Process<O extends OutputSpecs> {
  start(sink: ProcessSink<O>): void
  command(cmd: RunCommand): void
  /**
   * A new value on a live input port, from node `source`; `gesture` names the user's
   * gesture (a slider drag) that made it, so that one gesture is recorded as one tweak.
   */
  live(port: string, value: unknown, source: string, gesture?: number, edits?: readonly TweakEdit[]): void
  /** New values of the node's live params (every one of them, defaults filled in). */
  liveParams?(values: Readonly<Record<string, unknown>>): void
  dispose(): void
}

export interface EvalContext<I extends InputSpecs, P extends ParamSpecs> {
  readonly nodeId: string
  /** The node's title in the file, or its id: legends use it. */
  readonly label: string
  readonly inputs: InputValues<I>
  readonly params: ParamValues<P>
  /** Where long computations schedule their slices (virtual time in tests). */
  readonly scheduler: SchedulerLike
  /** Tweaks of the file that this node should replay (those naming it as trainer). */
  readonly tweaks: readonly Tweak[]
  /** The edits of the graph that caused this evaluation, since the node last took them: what its tweaks record. */
  readonly edits: readonly TweakEdit[]
  /** The process this evaluation replaces (disposed already): a run that can take the change carries on from it. */
  readonly previous: Process<OutputSpecs> | null
  /** For each live input, the ids of the nodes connected to it. */
  readonly liveSources: Readonly<Record<string, readonly string[]>>
  /** Aborted when a newer change supersedes this evaluation. */
  readonly signal: AbortSignal
  /** Whether a long-running node starts running by itself (CLI) or waits for play (editor). */
  readonly autoplay: boolean
  /** Whether a long-running node keeps the speed its params ask for (the editor, watched) or runs flat out (absent: the CLI, tests). */
  readonly paced?: boolean
}

/** What every node type declares, whatever kind of computation it runs. */
interface NodeDeclaration<I extends InputSpecs, O extends OutputSpecs, P extends ParamSpecs> {
  /** category/name — stable: saved files store it. */
  readonly type: string
  readonly title: string
  readonly doc: string
  readonly inputs: I
  readonly outputs: O
  readonly params: P
  /** Output shapes from input shapes and params, for display before running. */
  shapes?(inputs: { readonly [K in keyof I]?: PortShape }, params: ParamValues<P>): { [K in keyof O]?: PortShape }
}

/** A node computed once per change of its inputs or params, at once or later. */
export interface ComputedNode<I extends InputSpecs = InputSpecs, O extends OutputSpecs = OutputSpecs, P extends ParamSpecs = ParamSpecs> extends NodeDeclaration<I, O, P> {
  readonly longRunning?: false
  evaluate(ctx: EvalContext<I, P>): OutputValues<O> | Promise<OutputValues<O>>
}

/**
 * A node that runs until done under run control (play, pause, step, reset) and emits its
 * outputs as it goes: the trainer. Declaring it is the one way the runtime, the editor and
 * the CLI tell such a node from the others.
 */
export interface LongRunningNode<I extends InputSpecs = InputSpecs, O extends OutputSpecs = OutputSpecs, P extends ParamSpecs = ParamSpecs> extends NodeDeclaration<I, O, P> {
  readonly longRunning: true
  /**
   * Params whose changes are handed to the running process (its liveParams) instead of
   * restarting it, as live inputs are: settings of when steps run (a speed), never of what
   * they compute.
   */
  readonly liveParams?: readonly (keyof P & string)[]
  evaluate(ctx: EvalContext<I, P>): Process<O>
}

export type NodeDefinition<I extends InputSpecs = InputSpecs, O extends OutputSpecs = OutputSpecs, P extends ParamSpecs = ParamSpecs> = ComputedNode<I, O, P> | LongRunningNode<I, O, P>

export function isLongRunning(def: NodeDefinition | undefined): def is LongRunningNode {
  return def?.longRunning === true
}

/** Declares a node type: ports, params, docs and behaviour, in one typed object. */
export function defineNode<const I extends InputSpecs, const O extends OutputSpecs, const P extends ParamSpecs>(def: NodeDefinition<I, O, P>): NodeDefinition<I, O, P> {
  return def
}

export function categoryOf(type: string): string {
  const slash = type.indexOf('/')
  return slash < 0 ? type : type.slice(0, slash)
}

/** The data part of a definition: what the loader, the CLI and the editor read. */
export function schemaOf(def: NodeDefinition): NodeSchema {
  const inputs = Object.fromEntries(
    Object.entries(def.inputs).map(([name, s]) => [name, { type: s.port.id, optional: s.optional, live: s.live, multiple: s.multiple, label: s.label, doc: s.doc }]),
  )
  const outputs = Object.fromEntries(Object.entries(def.outputs).map(([name, s]) => [name, { type: s.port.id, label: s.label, doc: s.doc }]))
  return { type: def.type, title: def.title, category: categoryOf(def.type), doc: def.doc, inputs, outputs, params: def.params, ...(isLongRunning(def) ? { longRunning: true } : {}) }
}
