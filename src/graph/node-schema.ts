import type { PortTypeId } from './port-types.ts'
import type { ParamDecl } from './params.ts'

export interface InputDecl {
  readonly type: PortTypeId
  /** The node evaluates without it. */
  readonly optional?: boolean
  /**
   * A new value is handed to the node's running computation instead of restarting it
   * (the trainer's optimizer: a learning-rate change applies at the next step).
   */
  readonly live?: boolean
  /** Accepts several connections; the node receives their values as a list. */
  readonly multiple?: boolean
  readonly label?: string
  readonly doc?: string
}

export interface OutputDecl {
  readonly type: PortTypeId
  readonly label?: string
  readonly doc?: string
}

/** The data part of a node type: what files, the loader and the editor need to know. */
export interface NodeSchema {
  /** category/name; stable, since files store it. */
  readonly type: string
  readonly title: string
  readonly category: string
  readonly doc: string
  readonly inputs: Readonly<Record<string, InputDecl>>
  readonly outputs: Readonly<Record<string, OutputDecl>>
  readonly params: Readonly<Record<string, ParamDecl>>
  /** Runs under run control (play, pause, step, reset) until done: a trainer. */
  readonly longRunning?: boolean
}

/** Looks node types up by their `type` string. */
export interface Catalog {
  get(type: string): NodeSchema | undefined
  all(): readonly NodeSchema[]
}
