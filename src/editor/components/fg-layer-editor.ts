import { LitElement, css, html, nothing } from 'lit'
import type { TemplateResult } from 'lit'
import { ACTIVATIONS, LAYER_TYPES } from '../../core/layers/index.ts'
import type { LayerEntryValue } from '../../graph/graph-file.ts'
import { emit } from './events.ts'
import { baseStyles } from './theme.ts'
import type { LayerList } from './layer-list-edits.ts'
import { append, insertAfter, move, remove, setField, stepUnits } from './layer-list-edits.ts'

const TYPE_LABEL: Readonly<Record<string, string>> = { dense: 'Dense', dropout: 'Dropout', batchnorm: 'BatchNorm', activation: 'Activation' }

/**
 * A Sequential node's layer list: one row per layer with its fields, +/− for a Dense's
 * units, and buttons to insert a copy after, move and remove it. It renders from `layers`
 * and emits `fg-layers` {value} with the whole new list for each edit; the inspector checks
 * and commits it, so each edit is one undo step.
 */
export class FgLayerEditor extends LitElement {
  static override properties = { layers: { attribute: false } }
  declare layers: LayerList

  constructor() {
    super()
    this.layers = []
  }

  static override styles = [
    baseStyles,
    css`
      ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
      li { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 6px; background: var(--_surface); }
      .row { display: flex; align-items: center; gap: 4px; flex-wrap: wrap; }
      .index { font-family: var(--_mono); font-size: 11px; color: var(--_muted); width: 16px; }
      select, input { font: inherit; padding: 2px 4px; border: 1px solid var(--_border); border-radius: 4px; background: var(--_bg); color: var(--_text); }
      input.units { width: 58px; text-align: right; }
      input.small { width: 64px; text-align: right; }
      button { font: inherit; min-width: 24px; padding: 1px 6px; border: 1px solid var(--_border); border-radius: 4px; background: var(--_bg); color: var(--_text); cursor: pointer; }
      button:hover { background: var(--_hover); }
      button:disabled { opacity: 0.4; cursor: default; }
      .tools { margin-left: auto; display: flex; gap: 2px; }
      .field { display: flex; align-items: center; gap: 3px; margin-top: 4px; font-size: 12px; color: var(--_muted); }
      .add { margin-top: 6px; width: 100%; }
    `,
  ]

  override render(): TemplateResult {
    const layers = Array.isArray(this.layers) ? this.layers : []
    return html`<ol data-testid="layer-list">
        ${layers.map((layer, i) => this.renderLayer(layer, i, layers.length))}
      </ol>
      <button class="add" data-testid="layer-add" title="Add a Dense layer at the end" @click=${() => this.change(append(layers))}>+ Add layer</button>`
  }

  private renderLayer(layer: LayerEntryValue, i: number, count: number): TemplateResult {
    const type = String(layer.type)
    return html`<li data-testid=${`layer-${i}`}>
      <div class="row">
        <span class="index">${i + 1}</span>
        <select aria-label="Layer type" data-testid=${`layer-${i}-type`} @change=${(e: Event) => this.set(i, 'type', (e.target as HTMLSelectElement).value)}>
          ${LAYER_TYPES.map((t) => html`<option value=${t} ?selected=${t === type}>${TYPE_LABEL[t]}</option>`)}
        </select>
        <span class="tools">
          <button title="Move up" aria-label="Move up" data-testid=${`layer-${i}-up`} ?disabled=${i === 0} @click=${() => this.change(move(this.layers, i, -1))}>↑</button>
          <button title="Move down" aria-label="Move down" data-testid=${`layer-${i}-down`} ?disabled=${i === count - 1} @click=${() => this.change(move(this.layers, i, 1))}>↓</button>
          <button title="Insert a copy of this layer after it" aria-label="Insert after" data-testid=${`layer-${i}-insert`} @click=${() => this.change(insertAfter(this.layers, i))}>+</button>
          <button title="Remove this layer" aria-label="Remove" data-testid=${`layer-${i}-remove`} @click=${() => this.change(remove(this.layers, i))}>×</button>
        </span>
      </div>
      ${this.renderFields(layer, i)}
    </li>`
  }

  private renderFields(layer: LayerEntryValue, i: number): TemplateResult | typeof nothing {
    switch (layer.type) {
      case 'dense':
        return html`<div class="field">
          <button title="One unit fewer" aria-label="Fewer units" data-testid=${`layer-${i}-units-minus`} @click=${() => this.change(stepUnits(this.layers, i, -1))}>−</button>
          <input class="units" aria-label="Units" inputmode="numeric" data-testid=${`layer-${i}-units`} .value=${String(layer.units ?? '')} @change=${(e: Event) => this.setNumber(i, 'units', e)} />
          <button title="One unit more" aria-label="More units" data-testid=${`layer-${i}-units-plus`} @click=${() => this.change(stepUnits(this.layers, i, 1))}>+</button>
          units ${this.activationSelect(layer, i, 'linear')}
        </div>`
      case 'dropout':
        return html`<div class="field">rate <input class="small" aria-label="Rate" data-testid=${`layer-${i}-rate`} .value=${String(layer.rate ?? '')} @change=${(e: Event) => this.setNumber(i, 'rate', e)} /></div>`
      case 'batchnorm':
        return html`<div class="field">
          momentum <input class="small" aria-label="Momentum" data-testid=${`layer-${i}-momentum`} .value=${String(layer.momentum ?? 0.99)} @change=${(e: Event) => this.setNumber(i, 'momentum', e)} />
          ε <input class="small" aria-label="Epsilon" data-testid=${`layer-${i}-epsilon`} .value=${String(layer.epsilon ?? 0.001)} @change=${(e: Event) => this.setNumber(i, 'epsilon', e)} />
        </div>`
      case 'activation':
        return html`<div class="field">${this.activationSelect(layer, i, 'relu')}</div>`
      default:
        return nothing
    }
  }

  private activationSelect(layer: LayerEntryValue, i: number, fallback: string): TemplateResult {
    const current = typeof layer.activation === 'string' ? layer.activation : fallback
    return html`<select aria-label="Activation" data-testid=${`layer-${i}-activation`} @change=${(e: Event) => this.set(i, 'activation', (e.target as HTMLSelectElement).value)}>
      ${ACTIVATIONS.map((a) => html`<option value=${a} ?selected=${a === current}>${a}</option>`)}
    </select>`
  }

  private set(i: number, field: string, value: string | number): void {
    this.change(setField(this.layers, i, field, value))
  }

  /** Typed numbers go out as they are; the inspector shows why a bad one is refused. */
  private setNumber(i: number, field: string, event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim()
    const value = Number(text)
    this.set(i, field, text === '' || Number.isNaN(value) ? text : value)
  }

  private change(value: LayerEntryValue[]): void {
    emit(this, 'fg-layers', { value })
  }
}

if (!customElements.get('fg-layer-editor')) customElements.define('fg-layer-editor', FgLayerEditor)

declare global {
  interface HTMLElementTagNameMap {
    'fg-layer-editor': FgLayerEditor
  }
}
