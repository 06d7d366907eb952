import { BehaviorSubject, combineLatest, map } from 'rxjs'
import type { Observable } from 'rxjs'
import type { Catalog, NodeSchema } from '../../graph/index.ts'
import type { RunCommand } from '../../runtime/define-node.ts'
import type { AppState } from '../store.ts'
import { LiveGraph } from '../live-graph.ts'
import { BoardActions } from '../board-actions.ts'
import { readGraphText } from '../graph-text.ts'
import { setWatching } from '../trainer-speed.ts'
import type { LessonProblem, LessonRead } from './lesson-source.ts'
import { encodeGraphHash } from '../persistence/share-link.ts'

/** What an embedded lesson shows: its graph once opened, or why not; an incomplete graph's problems. */
export interface LessonState {
  readonly app: AppState
  /** Until the graph is opened: the source being read. */
  readonly loading: boolean
  /** The graph could not be opened (nothing else is shown), or it opened incomplete (shown above its board). */
  readonly problem: LessonProblem | null
  readonly opened: boolean
  /** The opened graph as a share link's `#graph=…`, once encoded: what "Open in Flowgrad" appends. */
  readonly hash: string | null
}

/**
 * One embedded lesson: a graph with its own runtime worker, read once from a file or a link.
 * Nothing is saved: an embed never writes the app's autosave, Recent or layout.
 */
export class LessonSession {
  readonly live: LiveGraph
  readonly board: BoardActions
  /** The node types, as the board looks them up. */
  readonly schemas: readonly NodeSchema[]
  private readonly status = new BehaviorSubject<Omit<LessonState, 'app'>>({ loading: true, problem: null, opened: false, hash: null })
  readonly state$: Observable<LessonState>

  constructor(catalog: Catalog) {
    this.live = new LiveGraph(catalog)
    this.board = new BoardActions(this.live.store, catalog)
    this.schemas = [...catalog.all()]
    this.state$ = combineLatest([this.live.store.state$, this.status]).pipe(map(([app, status]) => ({ app, ...status })))
  }

  /** Opens what was read: a damaged file or a failed read shows its problems instead of a board. */
  open(read: LessonRead): void {
    if ('problem' in read) {
      this.status.next({ loading: false, problem: read.problem, opened: false, hash: null })
      return
    }
    const parsed = readGraphText(read.text, this.live.catalog)
    if (!parsed.ok) {
      this.status.next({ loading: false, problem: { title: `The lesson ${read.source} is not a Flowgrad graph`, lines: parsed.lines }, opened: false, hash: null })
      return
    }
    this.live.store.load(parsed.doc)
    const count = parsed.lines.length === 1 ? 'a problem' : `${parsed.lines.length} problems`
    const problem = parsed.lines.length > 0 ? { title: `The lesson ${read.source} is incomplete (${count}): it runs once they are fixed`, lines: parsed.lines } : null
    this.status.next({ loading: false, problem, opened: true, hash: null })
    void encodeGraphHash(read.text).then((hash) => this.status.next({ ...this.status.value, hash }))
  }

  command(command: RunCommand): void {
    this.live.runCommand(command)
  }

  setWatching(name: 'speed' | 'pauseEachEpoch', value: string | boolean): void {
    setWatching(this.live.store, name, value)
  }

  dispose(): void {
    this.live.dispose()
  }
}
