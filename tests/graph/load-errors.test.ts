import { describe, expect, it } from 'vitest'
import { parseGraph } from '../../src/graph/load.ts'
import { formatProblem } from '../../src/graph/problems.ts'
import { catalog } from './helpers/catalog.ts'
import { AT, CONNECTION, connectionsOf, nodesOf, paramsOf, sampleFile, text } from './helpers/graphs.ts'

describe('a broken graph file', () => {
  it('with bad JSON is reported at $ with the line and column of the error', () => {
    const broken = '{\n  "format": "flowgrad",\n  "version": 1\n  "meta": { "title": "x" }\n}\n'
    const { document, problems } = parseGraph(broken, catalog)
    expect(document).toBeNull()
    expect(problems).toEqual([{ path: '$', message: `not valid JSON: line 4, column 3: unexpected "\\"": expected ',' or '}' after a property value` }])
  })

  it('with a trailing comma names it, with its line and column', () => {
    const { problems } = parseGraph('{\n  "nodes": [1, 2,]\n}', catalog)
    expect(problems).toEqual([{ path: '$', message: 'not valid JSON: line 2, column 18: trailing comma before "]"' }])
  })

  it('with an unknown node type names the type at the node type path', () => {
    const file = sampleFile()
    nodesOf(file)[AT.adam].type = 'optimizer/adamw'
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([
      { path: '$.nodes[5].type', nodeId: 'adam', message: 'unknown node type "optimizer/adamw" (did you mean "optimizer/adam"?)' },
    ])
  })

  it('with an unknown param names the param and refuses the file', () => {
    const file = sampleFile()
    paramsOf(file, AT.adam).momentum = 0.5
    const { document, problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([
      { path: '$.nodes[5].params.momentum', nodeId: 'adam', message: 'unknown param "momentum" for optimizer/adam; its params: learningRate, beta1' },
    ])
    expect(document).toBeNull()
  })

  it('with a param out of range gives the range, in one formatted line', () => {
    const file = sampleFile()
    paramsOf(file, AT.adam).learningRate = 12
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([{ path: '$.nodes[5].params.learningRate', nodeId: 'adam', message: '12 is out of range: expected a number between 1e-6 and 10' }])
    expect(formatProblem(problems[0])).toBe('$.nodes[5].params.learningRate (node "adam"): 12 is out of range: expected a number between 1e-6 and 10')
  })

  it('with a param of the wrong type says what was expected', () => {
    const file = sampleFile()
    paramsOf(file, AT.fit).shuffle = 'yes'
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([{ path: '$.nodes[6].params.shuffle', nodeId: 'fit', message: 'expected true or false, got "yes"' }])
  })

  it('with a wrong port type names both ports and both types', () => {
    const file = sampleFile()
    connectionsOf(file)[CONNECTION.fitOptimizer].from = { node: 'iris', port: 'dataset' }
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([
      {
        path: '$.connections[5]',
        nodeId: 'fit',
        port: 'optimizer',
        message: 'cannot connect iris.dataset (Dataset) to fit.optimizer (Optimizer): a Dataset output cannot feed an Optimizer input',
      },
    ])
  })

  it('with a cycle reports it once, on its first node, naming the cycle', () => {
    const file = sampleFile()
    file.nodes = [
      { id: 'a', type: 'preprocess/standardize', position: [0, 0], params: {} },
      { id: 'b', type: 'preprocess/standardize', position: [200, 0], params: {} },
      { id: 'c', type: 'preprocess/standardize', position: [400, 0], params: {} },
    ]
    file.connections = [
      { from: { node: 'a', port: 'dataset' }, to: { node: 'b', port: 'data' } },
      { from: { node: 'b', port: 'dataset' }, to: { node: 'c', port: 'data' } },
      { from: { node: 'c', port: 'dataset' }, to: { node: 'a', port: 'data' } },
    ]
    file.tweaks = []
    const { document, problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([{ path: '$.nodes[0]', nodeId: 'a', message: 'cycle: a → b → c → a' }])
    expect(document).not.toBeNull()
  })

  it('with a missing required input reports it on the node and port', () => {
    const file = sampleFile()
    file.connections = connectionsOf(file).filter((_, i) => i !== CONNECTION.fitLoss)
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([{ path: '$.nodes[6]', nodeId: 'fit', port: 'loss', message: 'required input "loss" (Loss) is not connected' }])
  })

  it('with a __proto__ key rejects the file, naming the key’s path', () => {
    const body = text(sampleFile()).replace('"learningRate": 0.01', '"learningRate": 0.01, "__proto__": { "polluted": true }')
    const { document, problems } = parseGraph(body, catalog)
    expect(document).toBeNull()
    expect(problems).toEqual([
      { path: '$.nodes[5].params.__proto__', nodeId: 'adam', message: 'the key "__proto__" is not allowed (it could tamper with object prototypes)' },
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('with constructor or prototype keys rejects each of them', () => {
    const body = text({ ...sampleFile(), constructor: { prototype: 1 } })
    const { document, problems } = parseGraph(body, catalog)
    expect(document).toBeNull()
    expect(problems.map((p) => p.path)).toEqual(['$.constructor'])
    const nested = text({ ...sampleFile(), meta: { title: 't', extra: { prototype: 1 } } })
    expect(parseGraph(nested, catalog).problems.map((p) => p.path)).toEqual(['$.meta.extra.prototype', '$.meta.extra'])
  })

  it('with a newer format version is refused clearly', () => {
    const { document, problems } = parseGraph(text({ ...sampleFile(), version: 3 }), catalog)
    expect(document).toBeNull()
    expect(problems).toEqual([{ path: '$.version', message: 'was saved by a newer Flowgrad (version 3); this one reads up to version 2' }])
  })

  it('with another format is refused as not a Flowgrad file', () => {
    const { problems } = parseGraph(text({ ...sampleFile(), format: 'rete' }), catalog)
    expect(problems).toEqual([{ path: '$.format', message: 'expected "flowgrad", got "rete": this is not a Flowgrad graph file' }])
  })

  it('with duplicate node ids reports the later node', () => {
    const file = sampleFile()
    nodesOf(file).push({ id: 'adam', type: 'optimizer/adam', position: [0, 0], params: {} })
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([{ path: '$.nodes[8].id', nodeId: 'adam', message: 'duplicate node id "adam": $.nodes[5] already uses it' }])
  })

  it('with a connection to an unknown port names the port and the ones that exist', () => {
    const file = sampleFile()
    connectionsOf(file)[CONNECTION.fitOptimizer].to.port = 'optimiser'
    const { problems } = parseGraph(text(file), catalog)
    expect(problems[0]).toEqual({
      path: '$.connections[5].to.port',
      nodeId: 'fit',
      port: 'optimiser',
      message: '"fit" (train/trainer) has no input "optimiser" (did you mean "optimizer"?); its inputs: data, validation, model, loss, optimizer',
    })
    // The trainer's optimizer input is then indeed unconnected.
    expect(problems.slice(1)).toEqual([{ path: '$.nodes[6]', nodeId: 'fit', port: 'optimizer', message: 'required input "optimizer" (Optimizer) is not connected' }])
  })

  it('with a connection from an input port says it is an input', () => {
    const file = sampleFile()
    connectionsOf(file)[CONNECTION.curvesRuns].from = { node: 'fit', port: 'data' }
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([
      { path: '$.connections[6].from.port', nodeId: 'fit', port: 'data', message: '"fit" (train/trainer) has no output "data"; "data" is an input; its outputs: training' },
    ])
  })

  it('with a connection to an unknown node names the node', () => {
    const file = sampleFile()
    connectionsOf(file)[CONNECTION.curvesRuns].from.node = 'fitt'
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([{ path: '$.connections[6].from.node', message: 'unknown node "fitt" (did you mean "fit"?)' }])
  })

  it('with two connections into a single-valued input reports the second', () => {
    const file = sampleFile()
    nodesOf(file).push({ id: 'adam2', type: 'optimizer/adam', position: [0, 0], params: {} })
    connectionsOf(file).push({ from: { node: 'adam2', port: 'optimizer' }, to: { node: 'fit', port: 'optimizer' } })
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([
      {
        path: '$.connections[7]',
        nodeId: 'fit',
        port: 'optimizer',
        message: 'input fit.optimizer takes a single connection and already has one from adam.optimizer ($.connections[5])',
      },
    ])
  })

  it('with an unknown key in a node names the key and the allowed ones', () => {
    const file = sampleFile()
    nodesOf(file)[AT.iris].colour = 'red'
    const { document, problems } = parseGraph(text(file), catalog)
    expect(document).toBeNull()
    expect(problems).toEqual([{ path: '$.nodes[0].colour', nodeId: 'iris', message: 'unknown key "colour"; expected only id, type, title, position, size, params' }])
  })

  it('with a malformed position reports the structure problem at its path', () => {
    const file = sampleFile()
    nodesOf(file)[AT.std].position = [220, 'top']
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([{ path: '$.nodes[1].position[1]', nodeId: 'std', message: 'expected a finite number, got "top"' }])
  })

  it('with a size that is not positive reports it at its path', () => {
    const file = sampleFile()
    nodesOf(file)[AT.curves].size = [400, 0]
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([{ path: '$.nodes[7].size[1]', nodeId: 'curves', message: 'expected a positive number, got 0' }])
  })

  it('with a bad node id says which ids are allowed', () => {
    const file = sampleFile()
    nodesOf(file)[AT.curves].id = 'my curves'
    connectionsOf(file)[CONNECTION.curvesRuns].to.node = 'my curves'
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([
      { path: '$.nodes[7].id', nodeId: 'my curves', message: 'a node id must be non-empty and use only letters, digits, "_" and "-", got "my curves"' },
    ])
  })

  it('with a missing field says what is missing', () => {
    const file = sampleFile()
    delete nodesOf(file)[AT.mse].position
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([{ path: '$.nodes[4].position', nodeId: 'mse', message: 'missing: expected a position [x, y]' }])
  })

  it('with tweaks naming unknown nodes, params and trainers reports each', () => {
    const file = sampleFile()
    file.tweaks = [
      { node: 'adamm', param: 'learningRate', value: 0.1, trainer: 'fit', step: 1 },
      { node: 'adam', param: 'lr', value: 0.1, trainer: 'fit', step: 1 },
      { node: 'adam', param: 'learningRate', value: 50, trainer: 'trainer', step: 1 },
    ]
    const { problems } = parseGraph(text(file), catalog)
    expect(problems).toEqual([
      { path: '$.tweaks[0].node', message: 'unknown node "adamm" (did you mean "adam"?)' },
      { path: '$.tweaks[1].param', nodeId: 'adam', message: 'unknown param "lr" for optimizer/adam' },
      { path: '$.tweaks[2].value', nodeId: 'adam', message: '50 is out of range: expected a number between 1e-6 and 10' },
      { path: '$.tweaks[2].trainer', message: 'unknown trainer node "trainer"' },
    ])
  })

  it('that is not an object is refused', () => {
    expect(parseGraph('[1, 2]', catalog).problems).toEqual([
      { path: '$', message: 'expected a Flowgrad graph (a JSON object with format, version, meta, nodes, connections and tweaks), got a list (2 items)' },
    ])
  })
})

describe('loading reports every problem at once', () => {
  it('a file with three different problems yields three problems', () => {
    const file = sampleFile()
    paramsOf(file, AT.adam).momentum = 0.5
    paramsOf(file, AT.fit).epochs = 0
    connectionsOf(file)[CONNECTION.curvesRuns].to.port = 'run'
    const { problems } = parseGraph(text(file), catalog)
    expect(problems.map((p) => [p.path, p.nodeId, p.port])).toEqual([
      ['$.nodes[5].params.momentum', 'adam', undefined],
      ['$.nodes[6].params.epochs', 'fit', undefined],
      ['$.connections[6].to.port', 'curves', 'run'],
    ])
  })

  it('structure problems do not hide problems against the catalog', () => {
    const file = sampleFile()
    nodesOf(file)[AT.iris].position = 'left'
    nodesOf(file)[AT.dense].type = 'model/densse'
    const { document, problems } = parseGraph(text(file), catalog)
    expect(document).toBeNull()
    expect(problems.map((p) => p.path)).toEqual(['$.nodes[0].position', '$.nodes[3].type'])
  })
})
