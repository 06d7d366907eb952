import { html } from 'lit'
import type { TemplateResult } from 'lit'
import type { Lesson, LessonItem } from '../../graph/graph-file.ts'
import { isListed } from '../lesson-rules.ts'
import { emit, stopPointer } from './events.ts'
import { icons } from './icons.ts'

/**
 * Teacher mode's two toggles for a node (an item naming no param or input), a param or an
 * input: lock it (students see it but cannot change it) and hide it (students do not see it).
 * The host emits `fg-lesson`; the app makes it a document edit, so Share carries it. Test ids:
 * `<testid>-lock`, `<testid>-hide`.
 */
export function lessonToggles(host: HTMLElement, lesson: Lesson | undefined, item: LessonItem, testid: string): TemplateResult {
  const what = item.param === undefined && item.input === undefined ? 'this node' : 'this control'
  const locked = isListed(lesson, 'locked', item)
  const hidden = isListed(lesson, 'hidden', item)
  // The entry as the file keeps it: only the fields it names.
  const entry: LessonItem = item.param !== undefined ? { node: item.node, param: item.param } : item.input !== undefined ? { node: item.node, input: item.input } : { node: item.node }
  const toggle = (list: 'locked' | 'hidden', on: boolean, label: string, icon: TemplateResult, id: string) => html`<button
    class="lesson-toggle icon ghost"
    data-testid=${`${testid}-${id}`}
    title=${label}
    aria-label=${label}
    aria-pressed=${on ? 'true' : 'false'}
    @pointerdown=${stopPointer}
    @click=${() => emit(host, 'fg-lesson', { list, item: entry, on: !on })}
  >${icon}</button>`
  return html`${toggle('locked', locked, locked ? `Unlock ${what} for students` : `Lock ${what}: students see it but cannot change it`, locked ? icons.locked : icons.unlocked, 'lock')}${toggle(
    'hidden',
    hidden,
    hidden ? `Show ${what} to students` : `Hide ${what} from students`,
    hidden ? icons.hiddenEye : icons.shown,
    'hide',
  )}`
}
