import { describe, expect, it } from 'vitest'
import { createRegistry } from '../../nodes/index.ts'
import { loadGraphFile } from '../../src/cli/load-graph.ts'
import { writePipeline } from '../../src/export/data/pipeline.ts'
import { collectPlan } from '../../src/export/plan/collect.ts'
import { examplePath } from './helpers.ts'

async function pipelineOf(example: string) {
  const registry = createRegistry()
  const plan = await collectPlan(loadGraphFile(examplePath(example), registry), registry)
  return { plan, pipeline: writePipeline(plan, plan.trainers.map((t) => t.data.ref)) }
}

describe('the data pipeline of an export', () => {
  it("writes the iris example's shuffle, one-hot and standardization as code after reading the data set", async () => {
    const { pipeline } = await pipelineOf('iris-standardization')
    expect(pipeline.lines.map((l) => l.split(' = ')[1].split('(')[0])).toEqual(['read_csv', 'take_rows', 'one_hot', 'standardize'])
  })

  it('stores the rows the shuffle drew, as Flowgrad drew them', async () => {
    const { pipeline } = await pipelineOf('iris-standardization')
    const rows = pipeline.rows.get('shuffle.dataset')
    expect([rows?.shape, new Set(rows?.data).size]).toEqual([[150], 150])
  })

  it('ships a generated data set as a CSV file of its rows', async () => {
    const { pipeline } = await pipelineOf('playground-spiral')
    expect(pipeline.files.map((f) => [f.path, String(f.contents).split('\n').length - 2])).toEqual([['data/data.csv', 300]])
  })

  it('lists the nodes no trainer depends on as not exported', async () => {
    const { plan } = await pipelineOf('iris-standardization')
    expect(plan.unexported.map((n) => n.id)).toEqual(['curves', 'stats-table'])
  })
})
