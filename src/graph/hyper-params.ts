/**
 * Node params derived from a core hyperparameter description (an optimizer's, a loss's), so a
 * node and the class it configures accept exactly the same values, with the same defaults.
 */
import type { BooleanHyper, ChoiceHyper, Hyper, HyperSpecs, NumberHyper } from '../core/hyper/types.ts'
import type { BooleanParam, NumberParam, ParamDecl, SelectParam } from './params.ts'
import { param } from './params.ts'

export type ParamOfHyper<H extends Hyper> = H extends NumberHyper ? NumberParam : H extends BooleanHyper ? BooleanParam : H extends ChoiceHyper<infer O> ? SelectParam<O> : never
export type ParamsOfHypers<S extends HyperSpecs> = { readonly [K in keyof S]: ParamOfHyper<S[K]> }

/** The param for one hyperparameter. `live` is not a param's concern: the trainer asks the core. */
export function paramOfHyper(h: Hyper): ParamDecl {
  switch (h.kind) {
    case 'number': {
      const { kind: _kind, live: _live, ...number } = h
      return param.number(number)
    }
    case 'boolean':
      return param.boolean({ default: h.default, doc: h.doc })
    case 'choice':
      return param.select({ default: h.default, options: h.options, doc: h.doc })
  }
}

/** The params for a whole description, in its order. */
export function paramsOfHypers<S extends HyperSpecs>(specs: S): ParamsOfHypers<S> {
  const params = Object.fromEntries(Object.entries<Hyper>(specs).map(([name, h]) => [name, paramOfHyper(h)]))
  // paramOfHyper maps each kind to its param kind, which is what ParamOfHyper states per name.
  return params as ParamsOfHypers<S>
}
