import type { AppCommand } from './view-types.ts'
import type { ViewCommand } from './view-layout.ts'

/**
 * Every keyboard shortcut of the editor, in one list. The key handler (shortcuts.ts) acts
 * on it and the toolbar's tooltips show it, so a key a button advertises is a key that
 * works. Pure data: no DOM, so tests and tools can read it.
 */

/** Copy and paste: the browser turns their keys into clipboard events, which the app handles. */
export type ClipboardCommand = 'copy' | 'paste'

/**
 * What a shortcut does: what a toolbar button runs (the Examples button opens a dialog in
 * the page, not a command of the controller, so it has no key), Run/Pause, whichever the
 * button shows (Recent too opens a dialog), deleting the selected nodes, or a clipboard command.
 */
export type ShortcutCommand = Exclude<AppCommand, 'examples' | 'recent'> | 'runPause' | 'deleteSelection' | 'leavePresentation' | ClipboardCommand | ViewCommand

export interface Shortcut {
  /** KeyboardEvent.key, lower-case for a letter: 's', ' ', 'Delete'. */
  readonly key: string
  /** Ctrl, or ⌘ on a Mac. */
  readonly mod: boolean
  readonly shift: boolean
  readonly command: ShortcutCommand
  /** What it does, in words. */
  readonly label: string
}

const press = (key: string, command: ShortcutCommand, label: string, modifiers: { mod?: boolean; shift?: boolean } = {}): Shortcut => ({
  key,
  mod: modifiers.mod ?? false,
  shift: modifiers.shift ?? false,
  command,
  label,
})
const ctrl = { mod: true }

// The first key listed for a command is the one its button's tooltip shows.
export const KEYMAP: readonly Shortcut[] = [
  press(' ', 'runPause', 'Run or pause training'),
  press('s', 'stepBatch', 'Train one batch'),
  press('e', 'stepEpoch', 'Train one epoch'),
  press('r', 'reset', 'Reset training'),
  press('o', 'open', 'Open a graph file', ctrl),
  press('s', 'save', 'Save the graph to a file', ctrl),
  press('z', 'undo', 'Undo', ctrl),
  press('z', 'redo', 'Redo', { mod: true, shift: true }),
  press('y', 'redo', 'Redo', ctrl),
  press('a', 'arrange', 'Arrange the nodes'),
  press('f', 'fit', 'Zoom to fit the graph'),
  press('Delete', 'deleteSelection', 'Delete the selected nodes'),
  press('Backspace', 'deleteSelection', 'Delete the selected nodes'),
  press('c', 'copy', 'Copy the selected nodes', ctrl),
  press('v', 'paste', 'Paste nodes or a graph', ctrl),
  press('[', 'togglePalette', 'Show or hide the palette'),
  press(']', 'toggleInspector', 'Show or hide the inspector'),
  press('1', 'layoutCanvas', 'Show the canvas only'),
  press('2', 'layoutSplit', 'Show the canvas and the board side by side'),
  press('3', 'layoutBoard', 'Show the board only'),
  press('p', 'present', 'Present the board full screen, in large type'),
  // Only while presenting: elsewhere Escape stays with dialogs and fields.
  press('Escape', 'leavePresentation', 'Leave presentation mode'),
  press('t', 'teach', 'Teacher mode: choose what students see and can change'),
]

const KEY_NAMES: Readonly<Record<string, string>> = { ' ': 'Space' }

/** How people write the keys: "Ctrl+Shift+Z", "Space", "S". */
export function keysText(shortcut: Shortcut): string {
  const key = KEY_NAMES[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key)
  return [shortcut.mod ? 'Ctrl' : '', shortcut.shift ? 'Shift' : '', key].filter((part) => part !== '').join('+')
}

/** The keys of a keyboard event that a shortcut looks at. */
export interface KeyPress {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}

/**
 * The shortcut for a key press, or null. Modifiers must match exactly, so Ctrl+R still
 * reloads the page rather than resetting training; letters match in either case, as
 * Shift or Caps Lock make them capitals.
 */
export function shortcutFor(press: KeyPress): Shortcut | null {
  if (press.altKey) return null
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
  const mod = press.ctrlKey || press.metaKey
  return KEYMAP.find((s) => s.key === key && s.mod === mod && s.shift === press.shiftKey) ?? null
}

/** The toolbar buttons a shortcut stands for: Space is the Run/Pause button, whatever it shows. */
function buttonsOf(command: ShortcutCommand): readonly AppCommand[] {
  switch (command) {
    case 'runPause':
      return ['play', 'pause']
    case 'deleteSelection':
    case 'leavePresentation':
    case 'copy':
    case 'paste':
    case 'togglePalette':
    case 'toggleInspector':
    case 'layoutCanvas':
    case 'layoutSplit':
    case 'layoutBoard':
      return []
    default:
      return [command]
  }
}

const VIEW_COMMANDS: readonly ViewCommand[] = ['togglePalette', 'toggleInspector', 'layoutCanvas', 'layoutSplit', 'layoutBoard']

export function isViewCommand(command: ShortcutCommand): command is ViewCommand {
  return (VIEW_COMMANDS as readonly string[]).includes(command)
}

/** The keys each layout button's tooltip names, from the keymap. */
export function viewHints(): Readonly<Partial<Record<ViewCommand, string>>> {
  const hints: Partial<Record<ViewCommand, string>> = {}
  for (const shortcut of KEYMAP) if (isViewCommand(shortcut.command)) hints[shortcut.command] ??= keysText(shortcut)
  return hints
}

/** The keys each toolbar button's tooltip names, from the keymap. */
export function toolbarHints(): Readonly<Partial<Record<AppCommand, string>>> {
  const hints: Partial<Record<AppCommand, string>> = {}
  for (const shortcut of KEYMAP) for (const button of buttonsOf(shortcut.command)) hints[button] ??= keysText(shortcut)
  return hints
}
