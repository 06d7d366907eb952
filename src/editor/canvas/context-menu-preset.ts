/**
 * Renders the context-menu plugin's menus with Flowgrad's own menu (fg-context-menu), in
 * place of the lit plugin's default preset.
 */
import { html } from 'lit'
import type { TemplateResult } from 'lit'
import type { ContextMenuExtra } from 'rete-context-menu-plugin'
import '../components/fg-context-menu.ts'

type MenuRender = Extract<ContextMenuExtra, { type: 'render' }>

/** The shape the lit plugin expects of a preset (its RenderPreset type is not exported). */
export interface ContextMenuPreset {
  update(context: MenuRender): Record<string, unknown> | undefined
  render(context: MenuRender): TemplateResult | undefined
}

export function contextMenuPreset(delay: number): ContextMenuPreset {
  return {
    update: (context) => {
      if (context.data.type !== 'contextmenu') return undefined
      return { items: context.data.items, searchBar: context.data.searchBar, onHide: context.data.onHide, delay }
    },
    render: (context) => {
      if (context.data.type !== 'contextmenu') return undefined
      const { items, searchBar, onHide } = context.data
      return html`<fg-context-menu .items=${items} .searchBar=${searchBar === true} .onHide=${onHide} .delay=${delay}></fg-context-menu>`
    },
  }
}
