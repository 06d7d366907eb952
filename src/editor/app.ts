import { LitElement, html, nothing } from 'lit'
import type { PropertyValues } from 'lit'
import type { NodeSchema } from '../graph/index.ts'
import type { ChartData } from '../charts/data.ts'
import type { AppState } from './store.ts'
import type { ExampleInfo } from './view-types.ts'
import type { AddNodeDetail, BoardChartSizeDetail, CommandDetail, DividerDetail, ExpandChartDetail, ExportDetail, GraphTitleDetail, LessonDetail, NodeTitleDetail, OpenExampleDetail, OpenRecentDetail, ParamDetail, PinDetail, SelectTrainerDetail, SourceDetail, TrainerParamDetail, ViewDetail } from './components/events.ts'
import { setWatching, targetTrainers, watchingOf } from './trainer-speed.ts'
import type { SessionView } from './persistence/session.ts'
import type { EditorController } from './controller.ts'
import type { ViewLayout } from './view-layout.ts'
import { pinnedInputs, pinnedParams } from './board-edits.ts'
import type { LessonState } from './lesson-actions.ts'
import { activeLesson } from './lesson-rules.ts'
import { runColours } from './run-colours.ts'
import './components/index.ts'

/** The grid's columns: palette, canvas, divider, board, inspector (closed ones take no room). */
function columns(layout: ViewLayout): string {
  const { mode, boardShare } = layout
  const side = (open: boolean, width: number) => (open && mode !== 'board' ? `${width}px` : '0px')
  const canvas = mode === 'board' ? '0px' : mode === 'canvas' ? 'minmax(0, 1fr)' : `minmax(0, ${1 - boardShare}fr)`
  const board = mode === 'canvas' ? '0px' : mode === 'board' ? 'minmax(0, 1fr)' : `minmax(0, ${boardShare}fr)`
  return [side(layout.palette, 230), canvas, mode === 'split' ? '6px' : '0px', board, side(layout.inspector, 300)].join(' ')
}

/**
 * The page: toolbar and layout buttons on top; palette, canvas, divider, board and inspector
 * side by side as the layout says (closed parts take no room); and the dialogs.
 * It renders the store's state and forwards the elements' events to the controller.
 * Light DOM, so the Rete canvas and tests reach its parts directly.
 */
export class FgApp extends LitElement {
  static override properties = {
    state: { attribute: false },
    schemas: { attribute: false },
    examples: { attribute: false },
    session: { attribute: false },
    examplesOpen: { state: true },
    recentOpen: { state: true },
    expanded: { state: true },
    layout: { attribute: false },
    lesson: { attribute: false },
    presenting: { attribute: false },
  }
  declare state: AppState | undefined
  declare schemas: NodeSchema[]
  declare examples: ExampleInfo[]
  declare examplesOpen: boolean
  /** The chart shown large: its node's live chart (the chart itself when it has no node). */
  declare expanded: ExpandChartDetail | null
  declare layout: ViewLayout | null
  /** The Recent list and the notice that another tab saved over this one. */
  declare session: SessionView | undefined
  declare recentOpen: boolean
  /** Teacher mode, and whether the lesson can be restored. */
  declare lesson: LessonState
  /** Presentation mode: the board alone, full screen, in large type. */
  declare presenting: boolean
  controller: EditorController | null = null

  constructor() {
    super()
    this.schemas = []
    this.examples = []
    this.examplesOpen = false
    this.recentOpen = false
    this.expanded = null
    this.layout = null
    this.lesson = { teaching: false, lessonText: null }
    this.presenting = false
  }

  protected override createRenderRoot(): HTMLElement {
    return this
  }

  protected override firstUpdated(_changed: PropertyValues): void {
    const canvas = this.querySelector<HTMLElement>('[data-testid="canvas"]')
    if (canvas && this.controller) this.controller.attachCanvas(canvas)
  }

  private onCommand(e: CustomEvent<CommandDetail>): void {
    if (e.detail.command === 'examples') this.examplesOpen = true
    else if (e.detail.command === 'recent') this.recentOpen = true
    else void this.controller?.command(e.detail.command)
  }

  private onTitle(e: CustomEvent<GraphTitleDetail | NodeTitleDetail>): void {
    const d = e.detail
    if ('nodeId' in d) {
      if (this.controller?.lesson.canEditNode(d.nodeId)) this.controller.store.setTitle(d.nodeId, d.title ?? '')
    }
    else this.controller?.store.setGraphTitle(d.title)
  }

  private onParam(e: CustomEvent<ParamDetail>): void {
    // A locked control is disabled; this holds if an event still gets through.
    if (this.controller?.lesson.canEditParam(e.detail.nodeId, e.detail.name) === false) return
    this.controller?.store.setParam(e.detail.nodeId, e.detail.name, e.detail.value, e.detail.final)
  }

  private onOpenExample(e: CustomEvent<OpenExampleDetail>): void {
    this.examplesOpen = false
    this.controller?.openExample(e.detail.id)
  }

  /** The divider's x as the board's share of the width the canvas and the board split. */
  private onDivider(e: CustomEvent<DividerDetail>): void {
    const canvas = this.querySelector('[data-testid="canvas"]')?.getBoundingClientRect()
    const board = this.querySelector('fg-board')?.getBoundingClientRect()
    if (!canvas || !board || board.right <= canvas.left) return
    this.controller?.layout.setBoardShare((board.right - e.detail.clientX) / (board.right - canvas.left))
  }

  private expandedChart(s: AppState): ChartData | null {
    const e = this.expanded
    if (!e) return null
    return (e.nodeId !== null ? s.views.get(e.nodeId)?.chart : null) ?? e.chart
  }

  override render() {
    const s = this.state
    if (!s) return nothing
    const selectedId = s.selected.length === 1 ? s.selected[0] : null
    const node = selectedId ? (s.doc.nodes.find((n) => n.id === selectedId) ?? null) : null
    const schema = node ? (this.schemas.find((x) => x.type === node.type) ?? null) : null
    const progress = [...s.progress.values()]
    const focused = progress.filter((p) => s.trainerFocus === null || p.trainerId === s.trainerFocus)
    const chosen = this.layout ?? { mode: 'canvas', boardShare: 0.5, palette: true, inspector: true }
    // Presenting shows the board alone, without changing the layout the user chose.
    const layout = this.presenting ? { ...chosen, mode: 'board' as const } : chosen
    const teaching = this.lesson.teaching
    const lesson = activeLesson(s.doc, teaching)
    const closed = (open: boolean) => !open || layout.mode === 'board'
    const trainable = this.controller?.store.trainerIds().length !== 0
    return html`
      <div class="fg-layout" style=${`grid-template-columns: ${columns(layout)}`} data-layout=${layout.mode} ?data-presenting=${this.presenting} ?data-teaching=${teaching}
        @fg-lesson=${(e: CustomEvent<LessonDetail>) => this.controller?.lesson.set(e.detail.list, e.detail.item, e.detail.on)}
        @fg-command=${this.onCommand} @fg-title=${this.onTitle} @fg-param=${this.onParam}
        @fg-pin=${(e: CustomEvent<PinDetail>) => this.controller?.board.pin(e.detail.pin, e.detail.pinned)}
        @fg-board-chart-size=${(e: CustomEvent<BoardChartSizeDetail>) => this.controller?.board.resizeChart(e.detail.node, e.detail.port, e.detail.size)}
        @fg-source=${(e: CustomEvent<SourceDetail>) => this.controller?.chooseSource(e.detail.connection)}
        @fg-view=${(e: CustomEvent<ViewDetail>) => this.controller?.view(e.detail.command)}
        @fg-divider=${this.onDivider}
        @fg-export=${(e: CustomEvent<ExportDetail>) => void this.controller?.exportTo(e.detail.to)}
        @fg-expand-chart=${(e: CustomEvent<ExpandChartDetail>) => (this.expanded = e.detail)}>
        <div class="fg-top">
        <fg-toolbar class="fg-toolbar" .progress=${progress} .running=${focused.some((p) => p.status === 'running')}
          .selectedTrainer=${s.trainerFocus} .hasTrainer=${trainable} .runColours=${runColours(progress, s.views)}
          @fg-select-trainer=${(e: CustomEvent<SelectTrainerDetail>) => this.controller?.store.focusTrainer(e.detail.trainerId)}
          .watching=${this.controller ? watchingOf(s.doc, targetTrainers(this.controller.store)) : null}
          @fg-trainer-param=${(e: CustomEvent<TrainerParamDetail>) => this.controller && setWatching(this.controller.store, e.detail.name, e.detail.value)}
          .canUndo=${s.canUndo} .canRedo=${s.canRedo} .title=${s.doc.meta.title} ?presenting=${this.presenting} ?teaching=${teaching}></fg-toolbar>
        ${this.presenting ? nothing : html`<fg-layout-switch .layout=${layout}></fg-layout-switch>`}
        </div>
        <fg-palette class="fg-palette" ?hidden=${closed(layout.palette)} .schemas=${this.schemas}
          @fg-add-node=${(e: CustomEvent<AddNodeDetail>) => this.controller?.placer.addNode(e.detail.type)}></fg-palette>
        <div class="fg-canvas" data-testid="canvas" ?data-hidden=${layout.mode === 'board'}
          @dragover=${(e: DragEvent) => e.preventDefault()}
          @drop=${(e: DragEvent) => void this.controller?.placer.onDrop(e)}></div>
        <fg-divider class="fg-divider" ?hidden=${layout.mode !== 'split'}></fg-divider>
        ${layout.mode !== 'canvas' ? html`<fg-board class="fg-board" .doc=${s.doc} .schemas=${this.schemas} .views=${s.views} .trainable=${trainable}
          ?teaching=${teaching} ?can-reset=${this.lesson.lessonText !== null} ?presenting=${this.presenting}></fg-board>` : nothing}
        <fg-inspector class="fg-inspector" ?hidden=${closed(layout.inspector)} .schema=${schema} .node=${node} .view=${selectedId ? (s.views.get(selectedId) ?? null) : null}
          .pinned=${selectedId ? pinnedParams(s.doc.board, selectedId) : []} .pinnedInputs=${selectedId ? pinnedInputs(s.doc.board, selectedId) : []} .lesson=${lesson} ?teaching=${teaching} .lessonEntries=${s.doc.board?.lesson}></fg-inspector>
        <fg-toast class="fg-toast" over=${layout.mode === 'board' ? 'board' : 'canvas'} ?presenting=${this.presenting} .message=${s.toast}></fg-toast>
      </div>
      <fg-examples .examples=${this.examples} .open=${this.examplesOpen}
        @fg-open-example=${this.onOpenExample} @fg-close=${() => (this.examplesOpen = false)}></fg-examples>
      <fg-problems .title=${s.problems?.title ?? ''} .problems=${s.problems?.lines ?? []} .open=${s.problems !== null}
        @fg-close=${() => this.controller?.store.dismissProblems()}></fg-problems>
      <fg-chart-dialog .chart=${this.expandedChart(s)} .open=${this.expanded !== null} @fg-close=${() => (this.expanded = null)}></fg-chart-dialog>
      <fg-recent .entries=${this.session?.recent ?? []} .open=${this.recentOpen} @fg-close=${() => (this.recentOpen = false)}
        @fg-open-recent=${(e: CustomEvent<OpenRecentDetail>) => {
          this.recentOpen = false
          void this.controller?.session.openRecent(e.detail.id)
        }}></fg-recent>
      <fg-notice .message=${this.session?.notice?.message ?? null} @fg-close=${() => this.controller?.session.dismissNotice()}
        @fg-notice-open=${() => this.controller?.session.openElsewhere()}></fg-notice>
    `
  }
}

customElements.define('fg-app', FgApp)
