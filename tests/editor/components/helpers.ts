import type { LitElement } from 'lit'
import type { NodeSchema } from '../../../src/graph/node-schema.ts'
import type { ParamDecl } from '../../../src/graph/params.ts'

/** Creates, configures and attaches an element, and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag)
  Object.assign(el, props)
  document.body.append(el)
  await (el as unknown as LitElement).updateComplete
  return el
}

/** Sets props and waits for the re-render. */
export async function update<E extends HTMLElement>(el: E, props: Partial<E>): Promise<void> {
  Object.assign(el, props)
  await (el as unknown as LitElement).updateComplete
}

export async function settled(el: HTMLElement): Promise<void> {
  await (el as unknown as LitElement).updateComplete
}

/** The element with this data-testid in the element's shadow root (throws when absent). */
export function byTestId<T extends HTMLElement = HTMLElement>(el: HTMLElement, id: string): T {
  const found = queryTestId<T>(el, id)
  if (!found) throw new Error(`no [data-testid="${id}"] in <${el.localName}>`)
  return found
}

export function queryTestId<T extends HTMLElement = HTMLElement>(el: HTMLElement, id: string): T | null {
  return el.shadowRoot?.querySelector<T>(`[data-testid="${id}"]`) ?? null
}

export function allTestIds(el: HTMLElement, prefix: string): string[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[data-testid^="${prefix}"]`) ?? [])].map((e) => e.dataset.testid ?? '')
}

/** Records the details of every `type` event the element emits. */
export function record<T>(el: HTMLElement, type: string): T[] {
  const seen: T[] = []
  el.addEventListener(type, (e) => seen.push((e as CustomEvent<T>).detail))
  return seen
}

/** Sets a form field's value and fires the event the browser would. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event: 'input' | 'change'): void {
  field.value = value
  field.dispatchEvent(new Event(event, { bubbles: true, composed: true }))
}

export function schema(type: string, title: string, doc: string, params: Record<string, ParamDecl> = {}): NodeSchema {
  return { type, title, category: type.split('/')[0], doc, inputs: {}, outputs: {}, params }
}

export function cleanup(): void {
  document.body.replaceChildren()
}
