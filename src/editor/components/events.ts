/**
 * The events Flowgrad's elements emit: all CustomEvents that bubble and cross shadow roots
 * (composed), so the app can listen on the element or any ancestor.
 */
import type { ChartData } from '../../charts/data.ts'
import type { ChartSize, Connection, ParamValues } from '../../graph/graph-file.ts'
import type { AppCommand } from '../view-types.ts'
import type { ViewCommand } from '../view-layout.ts'
import type { ExportTarget } from '../../export/index.ts'

/** `fg-command` (fg-toolbar): a toolbar button was clicked. */
export interface CommandDetail {
  readonly command: AppCommand
}

/** `fg-title` from fg-toolbar: the graph's title was edited (trimmed, never empty). */
export interface GraphTitleDetail {
  readonly title: string
}

/** `fg-title` from fg-inspector: a node was renamed; undefined when cleared (back to the type's title). */
export interface NodeTitleDetail {
  readonly nodeId: string
  readonly title: string | undefined
}

/** `fg-select-trainer` (fg-toolbar): the user picked which trainer the status shows. */
export interface SelectTrainerDetail {
  /** The trainer to act on and show, or null for all of them. */
  readonly trainerId: string | null
}

/** `fg-trainer-param` (fg-speed): a watching setting for the trainers the run controls act on. */
export interface TrainerParamDetail {
  readonly name: 'speed' | 'pauseEachEpoch'
  readonly value: string | boolean
}

/** `fg-add-node` (fg-palette): add a node of this type. */
export interface AddNodeDetail {
  readonly type: string
}

/**
 * `fg-param` (fg-inspector): a valid new value for a node's param. `final` is false while a
 * slider is dragged and true when the edit is done (release, change, Enter, blur): merge a
 * drag's events into one undo step.
 */
export interface ParamDetail {
  readonly nodeId: string
  readonly name: string
  readonly value: ParamValues[string]
  readonly final: boolean
}

/** `fg-layers` (fg-layer-editor): the whole layer list after one edit; the inspector checks and commits it. */
export interface LayersDetail {
  readonly value: ParamValues[string]
}

/** Something that can be pinned to the board: one chart output, one param, or one input (its source, chosen). */
export type BoardPin =
  | { readonly kind: 'chart'; readonly node: string; readonly port: string }
  | { readonly kind: 'control'; readonly node: string; readonly param: string }
  | { readonly kind: 'input'; readonly node: string; readonly input: string }

/** `fg-pin` (a pin button on a plot node, the inspector or the board): pin or unpin this. */
export interface PinDetail {
  readonly pin: BoardPin
  /** True to pin it, false to take it off the board. */
  readonly pinned: boolean
}

/** `fg-lesson` (teacher mode's toggles): lock or hide a node, a param or an input for students, or take that back. */
export interface LessonDetail {
  readonly list: 'locked' | 'hidden'
  readonly item: { readonly node: string; readonly param?: string; readonly input?: string }
  readonly on: boolean
}

/**
 * `fg-source` (the board's input control): feed the connection's input from its output
 * instead of what fed it: the canvas's reconnect, so a running trainer carries on.
 */
export interface SourceDetail {
  readonly connection: Connection
}

/** `fg-board-chart-size` (fg-board): a pinned chart takes this much room. */
export interface BoardChartSizeDetail {
  readonly node: string
  readonly port: string
  readonly size: ChartSize
}

/** `fg-view` (fg-layout-switch): change the page's layout. */
export interface ViewDetail {
  readonly command: ViewCommand
}

/** `fg-divider` (fg-divider): the divider between canvas and board was dragged to this x. */
export interface DividerDetail {
  readonly clientX: number
}

/** `fg-open-example` (fg-examples). */
export interface OpenExampleDetail {
  readonly id: string
}

/** `fg-expand-chart` (fg-chart): show this chart large. */
export interface OpenRecentDetail {
  readonly id: string
}

export interface ExpandChartDetail {
  readonly chart: ChartData | null
  /** The node whose chart it is, so the large view follows it while training runs. */
  readonly nodeId: string | null
}

/** `fg-chart-size` (fg-chart, painted): the chart is laid out at this size in CSS pixels. */
export interface ChartSizeDetail {
  readonly width: number
  readonly height: number
}

/** `fg-export` (fg-export-menu): export the graph to this framework. */
export interface ExportDetail {
  readonly to: ExportTarget
}

/** Event names → detail types, for typed listeners in the app. `fg-close` carries no detail. */
export interface FlowgradEventDetails {
  'fg-command': CommandDetail
  'fg-title': GraphTitleDetail | NodeTitleDetail
  'fg-select-trainer': SelectTrainerDetail
  'fg-trainer-param': TrainerParamDetail
  'fg-add-node': AddNodeDetail
  'fg-param': ParamDetail
  'fg-layers': LayersDetail
  'fg-open-example': OpenExampleDetail
  'fg-open-recent': OpenRecentDetail
  'fg-notice-open': null
  'fg-expand-chart': ExpandChartDetail
  'fg-chart-size': ChartSizeDetail
  'fg-pin': PinDetail
  'fg-board-chart-size': BoardChartSizeDetail
  'fg-source': SourceDetail
  'fg-lesson': LessonDetail
  'fg-view': ViewDetail
  'fg-divider': DividerDetail
  'fg-export': ExportDetail
  'fg-close': null
}

export type FlowgradEventName = keyof FlowgradEventDetails

/** Dispatches a bubbling, composed CustomEvent from `target`. */
export function emit<K extends FlowgradEventName>(target: EventTarget, type: K, detail: FlowgradEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
}

/** For controls that may sit inside a Rete node: using them must not drag the node. */
export function stopPointer(event: Event): void {
  event.stopPropagation()
}

/**
 * True when a keyboard event is aimed at something the user types into (inside any shadow
 * root): the app's single-key shortcuts (Space, Delete…) must leave such events alone.
 */
export function isTypingTarget(event: Event): boolean {
  const target = event.composedPath()[0]
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'file', 'submit', 'reset', 'color'].includes(target.type)
  }
  return false
}
