import { html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'
import { icons } from './icons.ts'

/** What frames one control on the inspector or the board: a param's field, or an input's choice of source. */
export interface ControlFrame {
  /** The id of the field the label names (and the prefix of its test ids). */
  readonly id: string
  /** What the control sets: one param, or what feeds one input. */
  readonly param?: string
  readonly input?: string
  readonly label: string
  /** The node the control belongs to, named before the label apart from it (the board). */
  readonly context?: string
  /** The label's tooltip. */
  readonly doc?: string
  /** Shown but not editable: the teacher locked it for this lesson. */
  readonly locked: boolean
  /** Extra buttons after the label (pin, unpin, lesson toggles). */
  readonly actions?: TemplateResult
  /** Why the text typed was not accepted, shown under the field. */
  readonly problem?: string
}

/**
 * One control as the inspector and the board show it: a label row (with the lock mark and the
 * actions), the field itself, its problem and its help. A disabled fieldset disables every
 * field in it; inert reaches into a layer editor's shadow root too.
 */
export function controlShell(frame: ControlFrame, field: TemplateResult): TemplateResult {
  const { id, locked } = frame
  return html`
    <div class=${locked ? 'param locked' : 'param'} data-param=${ifDefined(frame.param)} data-input=${ifDefined(frame.input)}>
      <div class="param-head"><label class="name" for=${id} title=${frame.doc ?? nothing}>${frame.context ? html`<span class="context">${frame.context}</span> ` : nothing}${frame.label}</label>${locked
        ? html`<span class="lock" data-testid=${`${id}-locked`} title="Locked by the teacher for this lesson">${icons.locked}<span>locked</span></span>`
        : nothing}${frame.actions ?? nothing}</div>
      <fieldset class="control" ?disabled=${locked} ?inert=${locked}>${field}</fieldset>
      ${frame.problem !== undefined ? html`<div class="problem" role="alert" data-testid=${`${id}-problem`}>${frame.problem}</div>` : nothing}
      ${frame.doc ? html`<div class="help">${frame.doc}</div>` : nothing}
    </div>
  `
}
