/**
 * The look shared by Flowgrad's elements. Every colour is a CSS custom property the page may
 * set (on :root or any ancestor); each element reads it through a private `--_name` variable
 * with the default below, so the elements look right even when the page sets none.
 */
import { css, unsafeCSS } from 'lit'
import type { CSSResult } from 'lit'

/** Public variables (set them as `--fg-<name>`) and their defaults: a clean light theme. */
export const THEME_DEFAULTS = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  'font-size': '13px',
  bg: '#ffffff',
  surface: '#f6f7f9',
  hover: '#eef1f5',
  border: '#dde1e7',
  text: '#1f2933',
  muted: '#667085',
  accent: '#2563eb',
  'accent-hover': '#1d4ed8',
  'accent-soft': '#e8effd',
  'accent-text': '#ffffff',
  danger: '#c62828',
  'danger-soft': '#fdecec',
  success: '#2e7d32',
  warning: '#b45309',
  focus: '#93b4f5',
  backdrop: 'rgba(15, 23, 42, 0.38)',
  shadow: '0 10px 30px rgba(15, 23, 42, 0.18)',
  radius: '6px',
} as const

export type ThemeVariable = keyof typeof THEME_DEFAULTS

const privateVars = Object.entries(THEME_DEFAULTS)
  .map(([name, value]) => `--_${name}: var(--fg-${name}, ${value});`)
  .join('\n')

/** `:root { --fg-…: … }` with every default: the page may adopt it to theme everything at once. */
export const themeRootCss: string = `:root {\n${Object.entries(THEME_DEFAULTS)
  .map(([name, value]) => `  --fg-${name}: ${value};`)
  .join('\n')}\n}`

/** Tokens, font and the base look of buttons and fields, shared by every element. */
export const baseStyles: CSSResult = css`
  :host {
    ${unsafeCSS(privateVars)}
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    box-sizing: border-box;
  }
  *, *::before, *::after { box-sizing: inherit; }
  [hidden] { display: none !important; }

  button {
    font: inherit;
    color: inherit;
    display: inline-flex;
    align-items: center;
    gap: 5px;
    height: 28px;
    padding: 0 9px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
    white-space: nowrap;
    user-select: none;
  }
  button:hover:not(:disabled) { background: var(--_hover); }
  button:active:not(:disabled) { transform: translateY(0.5px); }
  button:disabled { opacity: 0.45; cursor: default; }
  button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_accent-text); }
  button.primary:hover:not(:disabled) { background: var(--_accent-hover); }
  button.ghost { border-color: transparent; background: transparent; }
  button.ghost:hover:not(:disabled) { background: var(--_hover); }
  button.icon { width: 28px; padding: 0; justify-content: center; }
  button svg { width: 15px; height: 15px; flex: none; }

  input, select, textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px 7px;
    min-width: 0;
  }
  input[type='checkbox'], input[type='range'] { padding: 0; border: none; background: none; accent-color: var(--_accent); }
  textarea { font-family: var(--_mono); font-size: 12px; resize: vertical; }
  :is(button, input, select, textarea, [tabindex]):focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  input.invalid, textarea.invalid { border-color: var(--_danger); background: var(--_danger-soft); }
`
