import { quote } from '../graph/index.ts'
import type { Catalog, NodeSchema, ParamDecl } from '../graph/index.ts'
import { UserError } from './user-error.ts'

function describeParam(name: string, p: ParamDecl): string {
  const open = (inclusive: boolean | undefined): string => (inclusive === false ? ' excluded' : '')
  const range = p.kind === 'number' ? [p.min !== undefined ? `min ${p.min}${open(p.minInclusive)}` : '', p.max !== undefined ? `max ${p.max}${open(p.maxInclusive)}` : '', p.scale === 'log' ? 'log scale' : ''].filter(Boolean).join(', ') : ''
  const kind = p.kind === 'number' ? (p.integer ? 'integer' : 'number') : p.kind === 'select' ? p.options.join(' | ') : p.kind
  const def = JSON.stringify(p.default)
  return `${name}: ${kind} = ${def.length > 40 ? `${def.slice(0, 37)}...` : def}${range ? ` (${range})` : ''}`
}

function ports(schema: NodeSchema): { inputs: string; outputs: string } {
  const inputs = Object.entries(schema.inputs).map(([n, i]) => `${n}: ${i.type}${i.multiple ? '[]' : ''}${i.optional ? '?' : ''}${i.live ? ' (live)' : ''}`)
  const outputs = Object.entries(schema.outputs).map(([n, o]) => `${n}: ${o.type}`)
  return { inputs: inputs.join(', ') || '—', outputs: outputs.join(', ') || '—' }
}

function brief(schema: NodeSchema): string {
  const { inputs, outputs } = ports(schema)
  const params = Object.keys(schema.params).join(', ') || '—'
  return `${schema.type}  ${schema.title}\n  in: ${inputs}\n  out: ${outputs}\n  params: ${params}\n`
}

function detailed(schema: NodeSchema): string {
  const { inputs, outputs } = ports(schema)
  const lines = [`${schema.type}  ${schema.title}`, '', `  ${schema.doc}`, '', `  in: ${inputs}`, `  out: ${outputs}`, '  params:']
  for (const [name, p] of Object.entries(schema.params)) lines.push(`    ${describeParam(name, p)}${p.doc ? `\n      ${p.doc}` : ''}`)
  if (Object.keys(schema.params).length === 0) lines.push('    —')
  return `${lines.join('\n')}\n`
}

/** `flowgrad nodes [TYPE]`: the catalog, generated from the node definitions. */
export function listNodes(catalog: Catalog, type: string | undefined, out: { write(t: string): unknown }): number {
  if (type) {
    const schema = catalog.get(type)
    if (!schema) throw new UserError([`unknown node type ${quote(type)}; run "flowgrad nodes" for the list`], 1)
    out.write(detailed(schema))
    return 0
  }
  let category = ''
  for (const schema of catalog.all()) {
    if (schema.category !== category) {
      category = schema.category
      out.write(`\n# ${category}\n`)
    }
    out.write(brief(schema))
  }
  return 0
}
