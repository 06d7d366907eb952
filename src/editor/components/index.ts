// Registers Flowgrad's UI elements (importing this module defines the custom elements).
import './fg-toolbar.ts'
import './fg-palette.ts'
import './fg-inspector.ts'
import './fg-chart.ts'
import './fg-chart-dialog.ts'
import './fg-examples.ts'
import './fg-problems.ts'
import './fg-toast.ts'

export type * from './events.ts'
export { isTypingTarget } from './events.ts'
export { NODE_DRAG_TYPE } from './fg-palette.ts'
export { THEME_DEFAULTS, themeRootCss } from './theme.ts'
