import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import type { Subscription } from 'rxjs'
import { createRegistry } from '../../../nodes/index.ts'
import type { ChartData } from '../../charts/data.ts'
import type { RunCommand } from '../../runtime/define-node.ts'
import type { BoardChartSizeDetail, CommandDetail, ExpandChartDetail, ParamDetail, SourceDetail, TrainerParamDetail } from '../components/events.ts'
import { baseStyles } from '../components/theme.ts'
import { targetTrainers, watchingOf } from '../trainer-speed.ts'
import { LessonSession } from './lesson-session.ts'
import type { LessonState } from './lesson-session.ts'
import { readLessonUrl } from './lesson-source.ts'
import type { LessonRead } from './lesson-source.ts'
import '../components/fg-board.ts'
import '../components/fg-chart-dialog.ts'
import '../components/fg-lesson-bar.ts'

/** The index.html beside the page's script tag that loads flowgrad-lesson.js, if there is one. */
function appBesideScript(): string | null {
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => /\/flowgrad-lesson\.js([?#]|$)/.test(s.src))
  return script ? new URL('index.html', script.src).href : null
}

const RUN_COMMANDS: ReadonlySet<string> = new Set<RunCommand>(['play', 'pause', 'stepBatch', 'stepEpoch', 'reset'])

/**
 * `<flowgrad-lesson src="lesson.flowgrad.json">`: one graph's board (its title, description,
 * pinned controls and live charts) with run controls, training in a worker of its own. Every
 * instance has its own worker and state, and saves nothing: the app's autosave is never touched.
 * `src` is resolved against the page, like an image's. A graph that cannot be read shows why,
 * naming the URL and the JSON paths. Give the element a height (default 640 px); its board
 * scrolls inside it.
 */
export class FlowgradLesson extends LitElement {
  static override properties = {
    src: { type: String },
    app: { type: String },
    lesson: { state: true },
    expanded: { state: true },
  }

  /** The graph file's address. */
  declare src: string | null
  /**
   * The app's address, for "Open in Flowgrad": by default the index.html beside the script
   * that defined the element (dist/index.html beside dist/flowgrad-lesson.js).
   */
  declare app: string | null
  declare lesson: LessonState | null
  /** The chart shown large: its node's live chart follows training. */
  declare expanded: ExpandChartDetail | null
  /** A graph given by the page instead of `src` (the embed page: the graph in its address). */
  source: Promise<LessonRead> | null = null

  private session: LessonSession | null = null
  /** The src the session was opened with: another one opens a new session. */
  private openedSrc: string | null = null
  private subscription: Subscription | null = null

  constructor() {
    super()
    this.src = null
    this.app = appBesideScript()
    this.lesson = null
    this.expanded = null
  }

  static override styles = [
    baseStyles,
    css`
      :host { display: flex; flex-direction: column; height: 640px; min-width: 0; overflow: hidden; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); text-align: left; }
      fg-board { flex: 1; min-height: 0; }
      .problem { margin: 0; padding: 16px 20px; overflow: auto; line-height: 1.45; }
      .problem h2 { margin: 0 0 6px; font-size: 15px; color: var(--_danger); overflow-wrap: anywhere; }
      .problem ul { margin: 0; padding-left: 20px; font-family: var(--_mono); font-size: 12px; overflow-wrap: anywhere; }
      .problem.warning { padding: 8px 16px; background: var(--_surface); border-bottom: 1px solid var(--_border); max-height: 30%; flex: none; }
      .problem.warning h2 { color: var(--_warning); font-size: 13px; }
      .loading { padding: 16px 20px; color: var(--_muted); }
    `,
  ]

  override connectedCallback(): void {
    super.connectedCallback()
    // Opened at the next update: a src set just after the element is added is the one read.
    this.requestUpdate()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.close()
  }

  protected override willUpdate(): void {
    if (this.session && this.openedSrc !== this.src) this.close()
    if (!this.session && this.isConnected) this.open()
  }

  /** A fresh session (its own worker) reading the lesson. */
  private open(): void {
    const session = new LessonSession(createRegistry())
    this.session = session
    this.openedSrc = this.src
    this.subscription = session.state$.subscribe((state) => (this.lesson = state))
    const read = this.source ?? readLessonUrl(this.src, document.baseURI)
    void read.then((r) => session.open(r))
  }

  private close(): void {
    this.subscription?.unsubscribe()
    this.session?.dispose()
    this.session = null
    this.lesson = null
    this.expanded = null
  }

  private onCommand(e: CustomEvent<CommandDetail>): void {
    const command = e.detail.command
    if (RUN_COMMANDS.has(command)) this.session?.command(command as RunCommand)
  }

  private expandedChart(state: LessonState): ChartData | null {
    const e = this.expanded
    if (!e) return null
    return (e.nodeId !== null ? state.app.views.get(e.nodeId)?.chart : null) ?? e.chart
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.lesson
    const session = this.session
    if (!state || !session || state.loading) return html`<p class="loading" data-testid="lesson-loading">Loading the lesson…</p>`
    if (!state.opened) return this.renderProblem(state, '')
    const app = state.app
    const store = session.live.store
    return html`
      <fg-lesson-bar .progress=${[...app.progress.values()]} ?has-trainer=${store.trainerIds().length > 0}
        .watching=${watchingOf(app.doc, targetTrainers(store))} .message=${app.toast}
        .appLink=${this.app && state.hash ? `${this.app.split('#')[0]}${state.hash}` : null}
        @fg-command=${this.onCommand}
        @fg-trainer-param=${(e: CustomEvent<TrainerParamDetail>) => session.setWatching(e.detail.name, e.detail.value)}></fg-lesson-bar>
      ${this.renderProblem(state, 'warning')}
      <fg-board .doc=${app.doc} .schemas=${session.schemas} .views=${app.views} .trainable=${store.trainerIds().length > 0} fixed
        @fg-param=${(e: CustomEvent<ParamDetail>) => store.setParam(e.detail.nodeId, e.detail.name, e.detail.value, e.detail.final)}
        @fg-board-chart-size=${(e: CustomEvent<BoardChartSizeDetail>) => session.board.resizeChart(e.detail.node, e.detail.port, e.detail.size)}
        @fg-source=${(e: CustomEvent<SourceDetail>) => store.connect(e.detail.connection)}
        @fg-expand-chart=${(e: CustomEvent<ExpandChartDetail>) => (this.expanded = e.detail)}></fg-board>
      <fg-chart-dialog .chart=${this.expandedChart(state)} .open=${this.expanded !== null} @fg-close=${() => (this.expanded = null)}></fg-chart-dialog>
    `
  }

  private renderProblem(state: LessonState, kind: '' | 'warning'): TemplateResult | typeof nothing {
    const problem = state.problem
    if (!problem) return nothing
    return html`<section class=${`problem ${kind}`} role=${kind === 'warning' ? 'status' : 'alert'} data-testid=${kind === 'warning' ? 'lesson-incomplete' : 'lesson-problem'}>
      <h2>${problem.title}</h2>
      <ul>${problem.lines.map((line) => html`<li>${line}</li>`)}</ul>
    </section>`
  }
}

if (!customElements.get('flowgrad-lesson')) customElements.define('flowgrad-lesson', FlowgradLesson)

declare global {
  interface HTMLElementTagNameMap {
    'flowgrad-lesson': FlowgradLesson
  }
}
