import { LitElement, html, nothing } from 'lit'
import type { PropertyValues } from 'lit'
import type { NodeSchema } from '../graph/index.ts'
import type { ChartData } from '../charts/data.ts'
import type { AppState } from './store.ts'
import type { ExampleInfo } from './view-types.ts'
import type { AddNodeDetail, CommandDetail, GraphTitleDetail, NodeTitleDetail, OpenExampleDetail, OpenRecentDetail, ParamDetail, SelectTrainerDetail } from './components/events.ts'
import type { SessionView } from './persistence/session.ts'
import type { EditorController } from './controller.ts'
import './components/index.ts'

/**
 * The page: toolbar on top, palette left, canvas centre, inspector right, and the dialogs.
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
  }
  declare state: AppState | undefined
  declare schemas: NodeSchema[]
  declare examples: ExampleInfo[]
  declare examplesOpen: boolean
  /** The Recent list and the notice that another tab saved over this one. */
  declare session: SessionView | undefined
  declare recentOpen: boolean
  declare expanded: ChartData | null
  controller: EditorController | null = null

  constructor() {
    super()
    this.schemas = []
    this.examples = []
    this.examplesOpen = false
    this.recentOpen = false
    this.expanded = null
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
    if ('nodeId' in d) this.controller?.store.setTitle(d.nodeId, d.title ?? '')
    else this.controller?.store.setGraphTitle(d.title)
  }

  private onParam(e: CustomEvent<ParamDetail>): void {
    this.controller?.setParam(e.detail.nodeId, e.detail.name, e.detail.value, e.detail.final)
  }

  private onOpenExample(e: CustomEvent<OpenExampleDetail>): void {
    this.examplesOpen = false
    this.controller?.openExample(e.detail.id)
  }

  override render() {
    const s = this.state
    if (!s) return nothing
    const selectedId = s.selected.length === 1 ? s.selected[0] : null
    const node = selectedId ? (s.doc.nodes.find((n) => n.id === selectedId) ?? null) : null
    const schema = node ? (this.schemas.find((x) => x.type === node.type) ?? null) : null
    const progress = [...s.progress.values()]
    const focused = progress.filter((p) => s.trainerFocus === null || p.trainerId === s.trainerFocus)
    return html`
      <div class="fg-layout" @fg-command=${this.onCommand} @fg-title=${this.onTitle} @fg-param=${this.onParam}
        @fg-expand-chart=${(e: CustomEvent<{ chart: ChartData | null }>) => (this.expanded = e.detail.chart)}>
        <fg-toolbar class="fg-toolbar" .progress=${progress} .running=${focused.some((p) => p.status === 'running')}
          .selectedTrainer=${s.trainerFocus} .hasTrainer=${this.controller?.store.trainerIds().length !== 0}
          @fg-select-trainer=${(e: CustomEvent<SelectTrainerDetail>) => this.controller?.store.focusTrainer(e.detail.trainerId)}
          .canUndo=${s.canUndo} .canRedo=${s.canRedo} .title=${s.doc.meta.title}></fg-toolbar>
        <fg-palette class="fg-palette" .schemas=${this.schemas}
          @fg-add-node=${(e: CustomEvent<AddNodeDetail>) => this.controller?.addNode(e.detail.type)}></fg-palette>
        <div class="fg-canvas" data-testid="canvas"
          @dragover=${(e: DragEvent) => e.preventDefault()}
          @drop=${(e: DragEvent) => void this.controller?.onDrop(e)}></div>
        <fg-inspector class="fg-inspector" .schema=${schema} .node=${node} .view=${selectedId ? (s.views.get(selectedId) ?? null) : null}></fg-inspector>
      </div>
      <fg-examples .examples=${this.examples} .open=${this.examplesOpen}
        @fg-open-example=${this.onOpenExample} @fg-close=${() => (this.examplesOpen = false)}></fg-examples>
      <fg-problems .title=${s.problems?.title ?? ''} .problems=${s.problems?.lines ?? []} .open=${s.problems !== null}
        @fg-close=${() => this.controller?.store.dismissProblems()}></fg-problems>
      <fg-chart-dialog .chart=${this.expanded} .open=${this.expanded !== null} @fg-close=${() => (this.expanded = null)}></fg-chart-dialog>
      <fg-toast .message=${s.toast}></fg-toast>
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
