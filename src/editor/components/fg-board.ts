import { LitElement, html, nothing } from 'lit'
import type { PropertyValues, TemplateResult } from 'lit'
import type { BoardChart, BoardControl, ChartSize, GraphDocument, GraphNode } from '../../graph/graph-file.ts'
import { CHART_SIZES } from '../../graph/graph-file.ts'
import type { NodeSchema } from '../../graph/node-schema.ts'
import type { NodeRuntimeView } from '../view-types.ts'
import { emit } from './events.ts'
import type { BoardPin } from './events.ts'
import { sourceControl } from './source-control.ts'
import { catalogOf } from '../input-sources.ts'
import { boardStyles } from './fg-board.styles.ts'
import { ParamEditor } from './param-editor.ts'
import { pinButton } from './pin-button.ts'
import { lessonToggles } from './lesson-toggles.ts'
import { NO_TRAINER } from './no-trainer.ts'
import { activeLesson, controlAccess, nodeAccess } from '../lesson-rules.ts'
import type { Lesson } from '../../graph/graph-file.ts'
import './fg-chart.ts'

/** A chart's height per size, as a share of the board's height (never below the floor). */
const HEIGHT_SHARE: Readonly<Record<ChartSize, number>> = { small: 0.32, medium: 0.42, large: 0.62 }
/** Presenting, a chart's caption and frame take this much beside the plot. */
const PRESENT_FRAME = 72
const HEIGHT_FLOOR: Readonly<Record<ChartSize, number>> = { small: 180, medium: 220, large: 260 }
const SIZE_LETTER: Readonly<Record<ChartSize, string>> = { small: 'S', medium: 'M', large: 'L' }
/** Presenting, chart text (titles, axes, legends) grows by this much, as the board's own type does. */
const PRESENT_TEXT_SCALE = 1.6

/**
 * The lesson view of a graph: its title and description, what its trainers say about a run that
 * is not learning, the pinned controls (the inspector's own sliders and fields, applied live
 * while training runs) and the pinned charts, large and live (drawn in the chart worker:
 * tooltips, legend toggles). Charts sit in a grid whose columns follow the board's width, each
 * taking the share its size asks.
 *
 * Pinned inputs show as a choice of the nodes that can feed them.
 *
 * Events: `fg-param` {nodeId, name, value, final}, `fg-source` {connection} (an input's new source), `fg-pin` {pin, pinned} (unpin),
 * `fg-board-chart-size` {node, port, size}, `fg-expand-chart` {chart, nodeId}.
 */
export class FgBoard extends LitElement {
  static override properties = {
    doc: { attribute: false },
    schemas: { attribute: false },
    views: { attribute: false },
    fixed: { type: Boolean },
    boxHeight: { state: true },
    chartsTop: { state: true },
    fullDescription: { state: true },
    teaching: { type: Boolean },
    canReset: { type: Boolean, attribute: 'can-reset' },
    presenting: { type: Boolean, reflect: true },
    trainable: { attribute: false },
  }

  declare doc: GraphDocument | null
  declare schemas: readonly NodeSchema[]
  declare views: ReadonlyMap<string, NodeRuntimeView>
  /** The pins stay (an embedded lesson): no unpin buttons; sizes and controls still work. */
  declare fixed: boolean
  /** The board's laid-out height, which the charts' heights follow (view state). */
  declare boxHeight: number
  /** Where the charts begin below the title, description and controls (view state, presenting). */
  declare chartsTop: number
  /** The description is shown whole (a click on it), not cut to three lines (view state). */
  declare fullDescription: boolean
  /** Teacher mode: every control shows, with its lock and hide toggles. */
  declare teaching: boolean
  /** The lesson can be restored ("Reset to the lesson"). */
  declare canReset: boolean
  /** Presentation mode: everything in type the back row of a classroom reads. */
  declare presenting: boolean
  /** The graph has a trainer; without one the board says why Run is greyed. */
  declare trainable: boolean

  private readonly params = new ParamEditor(this)
  private observer: ResizeObserver | null = null
  /** Where the user had scrolled the board before presenting, given back on leaving. */
  private scrolledBefore = 0

  constructor() {
    super()
    this.doc = null
    this.schemas = []
    this.views = new Map()
    this.fixed = false
    this.boxHeight = 0
    this.chartsTop = 0
    this.fullDescription = false
    this.teaching = false
    this.canReset = false
    this.presenting = false
    this.trainable = true
  }

  static override styles = boardStyles

  override connectedCallback(): void {
    super.connectedCallback()
    if (!this.hasAttribute('data-testid')) this.setAttribute('data-testid', 'board')
    if (typeof ResizeObserver === 'undefined') return
    this.observer = new ResizeObserver((entries) => {
      const height = Math.round(entries[entries.length - 1]?.contentRect.height ?? 0)
      if (height !== this.boxHeight) this.boxHeight = height
    })
    this.observer.observe(this)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.observer?.disconnect()
    this.observer = null
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('doc') as GraphDocument | null | undefined
    if (!previous || !this.doc) return
    const before = new Map(previous.nodes.map((n) => [n.id, n]))
    for (const node of this.doc.nodes) {
      const old = before.get(node.id)
      if (old && old !== node) this.params.answered(old, node)
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A presentation starts at the lesson's title, wherever the board was scrolled to.
    if (changed.has('presenting') && changed.get('presenting') !== undefined) {
      if (this.presenting) [this.scrolledBefore, this.scrollTop] = [this.scrollTop, 0]
      else this.scrollTop = this.scrolledBefore
    }
    const top = this.renderRoot.querySelector<HTMLElement>('.charts')?.offsetTop ?? 0
    if (top !== this.chartsTop) this.chartsTop = top
  }

  override render(): TemplateResult {
    const doc = this.doc
    if (!doc) return html``
    const board = doc.board ?? { charts: [], controls: [] }
    const nodes = new Map(doc.nodes.map((n) => [n.id, n]))
    const lesson = activeLesson(doc, this.teaching)
    const controls = board.controls.filter((c) => controlAccess(lesson, c) !== 'hidden')
    const charts = board.charts.filter((c) => nodeAccess(lesson, c.node) !== 'hidden')
    return html`
      ${this.renderLessonBar(lesson)}
      <header>
        <h1 data-testid="board-title">${doc.meta.title}</h1>
        ${doc.meta.description
          ? html`<p class=${this.fullDescription ? 'description' : 'description clamped'} data-testid="board-description"
              title=${this.fullDescription ? 'Click to shorten' : 'Click to read it all'}
              @click=${() => (this.fullDescription = !this.fullDescription)}>${doc.meta.description}</p>`
          : nothing}
        ${this.trainable ? nothing : html`<p class="note" role="note" data-testid="board-no-trainer">${NO_TRAINER}</p>`}
      </header>
      ${this.renderNotices(doc)}
      ${controls.length > 0
        ? html`<section class="controls" data-testid="board-controls">${controls.map((c) => this.renderControl(c, nodes.get(c.node), lesson))}</section>`
        : nothing}
      ${charts.length > 0
        ? html`<section class="charts">${charts.map((c) => this.renderChart(c, nodes.get(c.node), lesson))}</section>`
        : html`<p class="empty" data-testid="board-empty">Nothing is pinned yet. Pin a chart with the pin on a plot node, and a control with the pin beside a param or an input in the inspector.</p>`}
    `
  }

  /**
   * What the trainers say while they run (a loss that explodes or stalls), under the lesson's
   * title where the class looks first: one line per trainer, named as in the status row.
   */
  private renderNotices(doc: GraphDocument): TemplateResult | typeof nothing {
    const noticed = doc.nodes.flatMap((node) => {
      const notice = this.views.get(node.id)?.notice
      return notice ? [{ node, notice }] : []
    })
    if (noticed.length === 0) return nothing
    return html`<section class="notices" role="status" data-testid="board-notices">${noticed.map(
      ({ node, notice }) => html`<p class="notice" data-testid=${`board-notice-${node.id}`}><span class="sign" aria-hidden="true">⚠</span>
        <span><strong>${node.title ?? node.id}:</strong> ${notice}</span></p>`,
    )}</section>`
  }

  private schemaOf(node: GraphNode | undefined): NodeSchema | undefined {
    return node ? this.schemas.find((s) => s.type === node.type) : undefined
  }

  /**
   * Says which view this is when a lesson is in play: teacher mode (and how to leave it), or a
   * student's lesson view with "Reset to the lesson" (and teacher mode one click away: a focus
   * tool, not security).
   */
  private renderLessonBar(lesson: Lesson | null): TemplateResult | typeof nothing {
    const button = (command: 'teach' | 'resetLesson', label: string, title: string) =>
      html`<button data-testid=${`board-${command}`} title=${title} @click=${() => emit(this, 'fg-command', { command })}>${label}</button>`
    if (this.teaching) {
      return html`<div class="lesson-bar teaching" data-testid="board-lesson-bar" role="status">
        <span>Teacher mode: lock a control so students see it but cannot change it, or hide it. Share then gives them this lesson.</span>
        ${button('teach', 'Leave teacher mode', 'See the lesson as students will')}
      </div>`
    }
    if (!lesson && !this.canReset) return nothing
    return html`<div class="lesson-bar" data-testid="board-lesson-bar" role="status">
      <span>${lesson ? 'Lesson view: the teacher locked or hid some controls and nodes.' : 'Lesson view.'}</span>
      ${this.canReset ? button('resetLesson', 'Reset to the lesson', 'Restore the graph as the teacher shared it (Undo brings yours back)') : nothing}
      ${this.presenting ? nothing : button('teach', 'Teacher mode', 'Show and edit everything, and choose what students see (one click: a focus tool, not security)')}
    </div>`
  }

  private renderControl(pin: BoardControl, node: GraphNode | undefined, lesson: Lesson | null): TemplateResult | typeof nothing {
    const schema = this.schemaOf(node)
    if (!node || !schema || !this.doc) return nothing
    const named = pin.param !== undefined ? `${pin.node}-${pin.param}` : `${pin.node}-input-${pin.input}`
    const pinned: BoardPin = pin.param !== undefined ? { kind: 'control', node: pin.node, param: pin.param } : { kind: 'input', node: pin.node, input: pin.input }
    const unpin = this.fixed || !this.arranging(lesson) ? nothing : pinButton(this, pinned, true, `board-unpin-${named}`)
    const toggles = this.teaching ? lessonToggles(this, this.doc.board?.lesson, pin, `board-${named}`) : nothing
    const place = { prefix: `board-${pin.node}-`, actions: html`${toggles}${unpin}`, context: node.title ?? schema.title, locked: controlAccess(lesson, pin) === 'locked' }
    if (pin.input !== undefined) return sourceControl(this, this.doc, catalogOf(this.schemas), pin, place)
    const decl = schema.params[pin.param]
    if (!decl) return nothing
    return this.params.render(node, pin.param, decl, place)
  }

  /** Pins and sizes show while the board is being arranged: not on a projector, not in a student's lesson. */
  private arranging(lesson: Lesson | null): boolean {
    return !this.presenting && lesson === null
  }

  private renderChart(pin: BoardChart, node: GraphNode | undefined, lesson: Lesson | null): TemplateResult | typeof nothing {
    const schema = this.schemaOf(node)
    if (!node || !schema) return nothing
    // Presenting, each chart fills the screen below the title and controls: the lesson is the chart.
    const height = this.presenting
      ? Math.max(HEIGHT_FLOOR[pin.size], this.boxHeight - this.chartsTop - PRESENT_FRAME)
      : Math.max(HEIGHT_FLOOR[pin.size], Math.round(this.boxHeight * HEIGHT_SHARE[pin.size]))
    return html`<figure class=${`size-${pin.size}`} data-testid=${`board-chart-${pin.node}`}>
      <figcaption>
        <span class="caption">${node.title ?? schema.title}</span>
        <span class="tools"><span class="sizes" role="group" aria-label="Chart size" ?hidden=${!this.arranging(lesson)}>${CHART_SIZES.map(
          (size) => html`<button class="ghost" data-testid=${`board-size-${pin.node}-${size}`} title=${`Make this chart ${size}`}
            aria-pressed=${size === pin.size ? 'true' : 'false'}
            @click=${() => emit(this, 'fg-board-chart-size', { node: pin.node, port: pin.port, size })}>${SIZE_LETTER[size]}</button>`,
        )}</span>
        ${this.fixed || !this.arranging(lesson) ? nothing : pinButton(this, { kind: 'chart', node: pin.node, port: pin.port }, true, `board-unpin-${pin.node}`)}</span>
      </figcaption>
      <fg-chart data-testid=${`board-plot-${pin.node}`} .chart=${this.views.get(pin.node)?.chart ?? null} .height=${height} .source=${pin.node} .textScale=${this.presenting ? PRESENT_TEXT_SCALE : 1} fit-table></fg-chart>
    </figure>`
  }
}

if (!customElements.get('fg-board')) customElements.define('fg-board', FgBoard)

declare global {
  interface HTMLElementTagNameMap {
    'fg-board': FgBoard
  }
}
