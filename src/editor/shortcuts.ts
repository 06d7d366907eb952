import { isTypingTarget } from './components/events.ts'
import { isViewCommand, shortcutFor } from './keymap.ts'
import type { ShortcutCommand } from './keymap.ts'
import type { AppCommand } from './view-types.ts'
import type { ViewCommand } from './view-layout.ts'

/** What the keys act on: the controller, or a stand-in in tests. */
export interface ShortcutTarget {
  /** Runs what the toolbar button for the command runs. */
  command(command: AppCommand): void
  /** Whether training runs: the Run/Pause button then shows Pause, and Step and Epoch are disabled. */
  running(): boolean
  deleteSelection(): void
  /** Changes the page's layout (panels, board, canvas). */
  view(command: ViewCommand): void
  /** Whether presentation mode is on: only then does Escape leave it. */
  presenting(): boolean
}

// The toolbar disables Step and Epoch while training runs; their keys do nothing then too.
const IDLE_ONLY: ReadonlySet<ShortcutCommand> = new Set(['stepBatch', 'stepEpoch'])

/**
 * Acts on a key pressed anywhere in the page, as the keymap says. Keys typed into a text
 * field stay with the field. Ctrl+C and Ctrl+V are left to the browser, which turns them
 * into the copy and paste events the controller handles (preventing them would stop those).
 */
export function onShortcutKey(event: KeyboardEvent, target: ShortcutTarget): void {
  if (isTypingTarget(event)) return
  const shortcut = shortcutFor(event)
  if (!shortcut || shortcut.command === 'copy' || shortcut.command === 'paste') return
  if (shortcut.command === 'leavePresentation' && !target.presenting()) return
  // Also when the command does nothing now: Ctrl+S must never save the page instead.
  event.preventDefault()
  const command = shortcut.command
  if (IDLE_ONLY.has(command) && target.running()) return
  if (command === 'runPause') target.command(target.running() ? 'pause' : 'play')
  else if (command === 'deleteSelection') target.deleteSelection()
  else if (command === 'leavePresentation') target.command('present')
  else if (isViewCommand(command)) target.view(command)
  else target.command(command)
}
