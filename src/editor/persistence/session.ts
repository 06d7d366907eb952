import { BehaviorSubject } from 'rxjs'
import type { Observable } from 'rxjs'
import type { GraphDocument } from '../../graph/graph-file.ts'
import type { Catalog } from '../../graph/node-schema.ts'
import { readGraphText } from '../graph-text.ts'
import { loadAutosave } from './autosave.ts'
import { AutosaveWriter } from './autosave-writer.ts'
import { takeLinkFromAddress } from './link-in-address.ts'
import { loadRecent, saveRecent, summarize, withRecent } from './recent.ts'
import type { RecentEntry } from './recent.ts'
import { TabChannel } from './tab-channel.ts'
import type { SavedElsewhere } from './tab-channel.ts'

/** What the session asks of the editor. */
export interface SessionHost {
  /** Shows a graph in place of the current one; `lines` are an incomplete graph's problems. */
  show(doc: GraphDocument, lines: readonly string[], source: string): void
  /** The current graph, as saved. */
  currentText(): string
  showProblems(title: string, lines: readonly string[]): void
  /** The graph to show when there is nothing of the user's: the default example. */
  showDefault(): void
}

/** Another tab wrote the autosave after this tab's last change. */
export interface ElsewhereNotice {
  readonly message: string
  /** That tab's graph, to open here instead. */
  readonly text: string
}

export interface SessionView {
  readonly recent: readonly RecentEntry[]
  readonly notice: ElsewhereNotice | null
}

type Problems = { title: string; lines: readonly string[] }

/** The source named when the autosaved graph is shown (the lesson to restore then stays the one stored). */
export const AUTOSAVED = 'The autosaved graph'

/**
 * The user's work across reloads and tabs: the autosave wins over the default example, a
 * share link opens once, a graph replaced by another goes to Recent, pending edits are
 * written as the page goes away, and a tab whose autosave another tab overwrote says so.
 */
export class PersistenceSession {
  private readonly subject = new BehaviorSubject<SessionView>({ recent: [], notice: null })
  readonly view$: Observable<SessionView> = this.subject.asObservable()
  private readonly tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  private readonly channel = new TabChannel((m) => this.heard(m))
  private readonly writer = new AutosaveWriter(this.tab, (r) => this.channel.tell({ tab: this.tab, text: r.text, title: summarize(r.text)?.title ?? 'Untitled' }))
  /** Until the first graph is shown, the editor's empty start-up graph must not overwrite the autosave. */
  private started = false

  constructor(
    private readonly catalog: Catalog,
    private readonly host: SessionHost,
  ) {}

  get view(): SessionView {
    return this.subject.value
  }

  /** The first graph: a share link (once), else the autosave, else the default example. */
  async start(): Promise<void> {
    this.publish({ recent: await loadRecent() })
    const saved = await loadAutosave().catch(() => null)
    if (saved) this.writer.holds(saved.text)
    const link = await takeLinkFromAddress()
    let problems: Problems | null = null
    if (link && 'text' in link) {
      const parsed = readGraphText(link.text, this.catalog)
      if (parsed.ok) {
        if (saved) await this.putAside(saved.text)
        this.host.show(parsed.doc, parsed.lines, 'The shared link')
        return this.begin(null)
      }
      problems = { title: 'The shared link was not opened', lines: parsed.lines }
    } else if (link) problems = { title: 'The shared link was not opened', lines: [link.problem] }
    const parsed = saved ? readGraphText(saved.text, this.catalog) : null
    if (parsed?.ok) this.host.show(parsed.doc, parsed.lines, AUTOSAVED)
    else {
      // A damaged autosave is still the user's: kept in Recent before the example replaces it.
      if (saved && parsed) await this.putAside(saved.text)
      problems ??= saved && parsed ? { title: 'The autosaved graph was not opened: it is kept in Recent', lines: parsed.lines } : null
      this.host.showDefault()
    }
    this.begin(problems)
  }

  /** Problems are shown after the graph is, whose load would clear them: they stay until dismissed. */
  private begin(problems: Problems | null): void {
    if (problems) this.host.showProblems(problems.title, problems.lines)
    this.started = true
    this.writer.schedule(this.host.currentText())
    addEventListener('pagehide', () => this.writer.flush())
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.writer.flush()
    })
    addEventListener('hashchange', () => void this.openLinkNow())
  }

  /** The graph changed: autosave it (once the first graph is shown). */
  changed(text: string): void {
    if (this.started) this.writer.schedule(text)
  }

  /** The current graph is about to be replaced: keep it in Recent. */
  async putAsideCurrent(): Promise<void> {
    await this.putAside(this.host.currentText())
  }

  private async putAside(text: string): Promise<void> {
    const recent = withRecent(this.view.recent, text, Date.now())
    this.publish({ recent })
    await saveRecent(recent).catch(() => undefined)
  }

  /** Opens a graph from Recent; the current one takes its place there. */
  async openRecent(id: string): Promise<void> {
    const entry = this.view.recent.find((e) => e.id === id)
    if (!entry) return
    const parsed = readGraphText(entry.text, this.catalog)
    if (!parsed.ok) {
      this.host.showProblems(`"${entry.title}" was not opened`, parsed.lines)
      return
    }
    await this.putAsideCurrent()
    this.host.show(parsed.doc, parsed.lines, `"${entry.title}"`)
  }

  /** A link pasted into the address bar of an open editor. */
  private async openLinkNow(): Promise<void> {
    const link = await takeLinkFromAddress()
    if (!link) return
    const parsed = 'text' in link ? readGraphText(link.text, this.catalog) : { ok: false as const, lines: [link.problem] }
    if (!parsed.ok) {
      this.host.showProblems('The shared link was not opened', parsed.lines)
      return
    }
    await this.putAsideCurrent()
    this.host.show(parsed.doc, parsed.lines, 'The shared link')
  }

  /** Another tab wrote the autosave: last write wins, this tab's graph goes to Recent, and the page says so. */
  private heard(message: SavedElsewhere): void {
    if (!this.started || message.tab === this.tab || message.text === this.host.currentText()) return
    this.writer.holds(message.text)
    void this.putAsideCurrent()
    this.publish({
      notice: {
        text: message.text,
        message: `“${message.title}” was changed in another tab, which saved it after your last change here. The autosave now holds that tab’s graph; this tab’s graph is kept in Recent, and your next change here is saved over it.`,
      },
    })
  }

  /** Opens the graph the other tab saved. */
  openElsewhere(): void {
    const notice = this.view.notice
    this.dismissNotice()
    const parsed = notice ? readGraphText(notice.text, this.catalog) : null
    if (parsed?.ok) this.host.show(parsed.doc, parsed.lines, 'The other tab’s graph')
  }

  dismissNotice(): void {
    this.publish({ notice: null })
  }

  private publish(patch: Partial<SessionView>): void {
    this.subject.next({ ...this.view, ...patch })
  }
}
