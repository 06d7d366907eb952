import { param } from '../../src/graph/params.ts'

export function learningRateParam(defaultValue: number) {
  return param.number({ default: defaultValue, min: 1e-6, max: 10, scale: 'log', doc: 'Step size: how far each update moves the weights. Drag it while training runs.' })
}
