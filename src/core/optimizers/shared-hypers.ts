/** Hyperparameters several optimizers share, described once so they read and check alike. */
import type { NumberHyper } from '../hyper/index.ts'
import { hyper } from '../hyper/index.ts'

/**
 * The step size. Its floor is positive, so a run always moves and a log slider has a start;
 * up to 100 may be typed (to watch a run diverge), while the slider stops at 10.
 */
export function learningRateHyper(defaultValue: number): NumberHyper<true> {
  return hyper.number({
    default: defaultValue,
    min: 1e-6,
    max: 100,
    scale: 'log',
    slider: { min: 1e-6, max: 10 },
    doc: 'Step size: how far each update moves the weights. Drag it while training runs.',
    live: true,
  })
}

/**
 * A decay rate or momentum in [0, 1): at 1 the average would never forget. A slider cannot
 * reach an open end, so it stops at `sliderMax`.
 */
export function decayHyper(defaultValue: number, sliderMax: number, doc: string): NumberHyper<true> {
  return hyper.number({ default: defaultValue, min: 0, max: 1, maxInclusive: false, slider: { min: 0, max: sliderMax }, doc, live: true })
}

/** ε, added where a step divides by a root, keeping it finite; Keras' 1e-7 by default. */
export function epsilonHyper(doc: string): NumberHyper<true> {
  return hyper.number({ default: 1e-7, min: 0, max: 1, scale: 'log', doc, live: true })
}
