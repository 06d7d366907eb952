/**
 * How the page is laid out: board only, canvas only, or both side by side with a divider;
 * whether the palette and the inspector are open. The choice is the user's, remembered in
 * localStorage; it is not part of the graph. Pure state and a small store; no DOM besides
 * storage.
 */
import { BehaviorSubject } from 'rxjs'
import type { Observable } from 'rxjs'

export type LayoutMode = 'canvas' | 'split' | 'board'

export interface ViewLayout {
  readonly mode: LayoutMode
  /** The board's share of the width canvas and board split between them (side by side). */
  readonly boardShare: number
  readonly palette: boolean
  readonly inspector: boolean
}

/** What the layout keys and buttons do. */
export type ViewCommand = 'togglePalette' | 'toggleInspector' | 'layoutCanvas' | 'layoutSplit' | 'layoutBoard'

const STORAGE_KEY = 'flowgrad.layout'
/**
 * Below these window widths the palette and the inspector start closed: a projector's
 * 1024 px, or a laptop's 1440, go to the lesson first.
 */
const PALETTE_WINDOW = 1280
const INSPECTOR_WINDOW = 1600
export const MIN_SHARE = 0.2
export const MAX_SHARE = 0.8

export function defaultLayout(windowWidth: number): ViewLayout {
  return { mode: 'split', boardShare: 0.6, palette: windowWidth >= PALETTE_WINDOW, inspector: windowWidth >= INSPECTOR_WINDOW }
}

export function clampShare(share: number): number {
  return Math.min(MAX_SHARE, Math.max(MIN_SHARE, share))
}

/** The remembered layout, or the default when nothing (or something unreadable) is stored. */
export function readLayout(text: string | null, windowWidth: number): ViewLayout {
  const fallback = defaultLayout(windowWidth)
  if (text === null) return fallback
  try {
    const v = JSON.parse(text) as Partial<Record<keyof ViewLayout, unknown>>
    const mode = v.mode === 'canvas' || v.mode === 'split' || v.mode === 'board' ? v.mode : fallback.mode
    return {
      mode,
      boardShare: typeof v.boardShare === 'number' && Number.isFinite(v.boardShare) ? clampShare(v.boardShare) : fallback.boardShare,
      palette: typeof v.palette === 'boolean' ? v.palette : fallback.palette,
      inspector: typeof v.inspector === 'boolean' ? v.inspector : fallback.inspector,
    }
  } catch {
    return fallback
  }
}

export function applyViewCommand(layout: ViewLayout, command: ViewCommand): ViewLayout {
  switch (command) {
    case 'togglePalette':
      return { ...layout, palette: !layout.palette }
    case 'toggleInspector':
      return { ...layout, inspector: !layout.inspector }
    case 'layoutCanvas':
      return { ...layout, mode: 'canvas' }
    case 'layoutSplit':
      return { ...layout, mode: 'split' }
    case 'layoutBoard':
      return { ...layout, mode: 'board' }
  }
}

/** The page's layout, remembered across visits. */
export class LayoutStore {
  private readonly subject: BehaviorSubject<ViewLayout>
  readonly layout$: Observable<ViewLayout>

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null, windowWidth: number) {
    this.subject = new BehaviorSubject(readLayout(safely(() => storage?.getItem(STORAGE_KEY) ?? null), windowWidth))
    this.layout$ = this.subject.asObservable()
  }

  get layout(): ViewLayout {
    return this.subject.value
  }

  command(command: ViewCommand): void {
    this.set(applyViewCommand(this.layout, command))
  }

  setBoardShare(share: number): void {
    this.set({ ...this.layout, boardShare: clampShare(share) })
  }

  private set(layout: ViewLayout): void {
    this.subject.next(layout)
    // Private windows may refuse storage: the layout then lasts for this visit only.
    safely(() => this.storage?.setItem(STORAGE_KEY, JSON.stringify(layout)))
  }
}

function safely<T>(read: () => T): T | null {
  try {
    return read()
  } catch {
    return null
  }
}
