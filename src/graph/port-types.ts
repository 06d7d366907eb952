/**
 * The closed set of port types. A connection is valid when the output's type is one the
 * input accepts; the editor (to refuse a drag) and the loader (to reject a file) both
 * ask `canConnect`, so they can never disagree.
 */
export const PORT_TYPE_IDS = ['Dataset', 'Tensor', 'Function', 'Model', 'Loss', 'Optimizer', 'Training', 'Chart', 'Table'] as const
export type PortTypeId = (typeof PORT_TYPE_IDS)[number]

export interface PortTypeInfo {
  readonly id: PortTypeId
  readonly label: string
  /** Socket colour in the editor. */
  readonly color: string
  readonly doc: string
}

export const PORT_TYPES: Readonly<Record<PortTypeId, PortTypeInfo>> = {
  Dataset: { id: 'Dataset', label: 'Dataset', color: '#4e79a7', doc: 'Features x and targets y, with their names.' },
  Tensor: { id: 'Tensor', label: 'Tensor', color: '#59a14f', doc: 'An array of numbers with a shape.' },
  Function: { id: 'Function', label: 'Function', color: '#8cd17d', doc: 'An elementwise function with the points it was applied to.' },
  Model: { id: 'Model', label: 'Model', color: '#f28e2b', doc: 'A chain of layers from an Input: a Sequential model.' },
  Loss: { id: 'Loss', label: 'Loss', color: '#e15759', doc: 'What training minimizes.' },
  Optimizer: { id: 'Optimizer', label: 'Optimizer', color: '#b07aa1', doc: 'How weights follow the gradient.' },
  Training: { id: 'Training', label: 'Training', color: '#76b7b2', doc: 'A training run: its history, events and current model.' },
  Chart: { id: 'Chart', label: 'Chart', color: '#edc948', doc: 'Chart data, drawn by the editor and rendered to SVG by the CLI.' },
  Table: { id: 'Table', label: 'Table', color: '#9c755f', doc: 'Rows and columns, such as a model summary.' },
}

export type Compatibility = { ok: true } | { ok: false; reason: string }

export function isPortTypeId(id: string): id is PortTypeId {
  return (PORT_TYPE_IDS as readonly string[]).includes(id)
}

function article(label: string): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`
}

/** The one compatibility rule: a port carries exactly one type of value. */
export function canConnect(from: PortTypeId, to: PortTypeId): Compatibility {
  if (from === to) return { ok: true }
  return { ok: false, reason: `${article(PORT_TYPES[from].label)} output cannot feed ${article(PORT_TYPES[to].label)} input` }
}
