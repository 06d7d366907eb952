import { defineNode, input, output } from '../../src/runtime/define-node.ts'
import { Port } from '../../src/runtime/ports.ts'

export default defineNode({
  type: 'plot/table',
  title: 'Table',
  doc: "Shows a table — a model summary, a standardizer's fitted statistics — as a chart, so the command line writes it out with the other figures.",
  inputs: { table: input(Port.Table) },
  outputs: { chart: output(Port.Chart) },
  params: {},
  evaluate: ({ inputs }) => ({ chart: { kind: 'table', table: inputs.table } }),
})
