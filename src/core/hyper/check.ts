import { check, fail } from '../errors.ts'
import { formatInterval, inBounds } from './bounds.ts'
import { formatNumber } from './format.ts'
import type { Hyper, HyperConfig, HyperSpecs, HyperValue, HyperValues } from './types.ts'

function show(value: unknown): string {
  return typeof value === 'number' ? formatNumber(value) : typeof value === 'string' ? JSON.stringify(value) : String(value)
}

function alternatives(options: readonly string[]): string {
  const quoted = options.map((o) => JSON.stringify(o))
  return quoted.length <= 2 ? quoted.join(' or ') : `one of ${quoted.join(', ')}`
}

/** The value if `h` accepts it, else null: the one place a hyperparameter's kind and range are checked. */
function accepted(h: Hyper, value: unknown): HyperValue | null {
  switch (h.kind) {
    case 'number':
      return typeof value === 'number' && inBounds(h, value) ? value : null
    case 'boolean':
      return typeof value === 'boolean' ? value : null
    case 'choice':
      return typeof value === 'string' && h.options.includes(value) ? value : null
  }
}

function expectation(h: Hyper): string {
  switch (h.kind) {
    case 'number':
      return `a finite number in ${formatInterval(h)}`
    case 'boolean':
      return 'true or false'
    case 'choice':
      return alternatives(h.options)
  }
}

/** Validates one value, naming the owner (optimizer or loss) and the argument when it is bad. */
export function checkHyper(owner: string, name: string, h: Hyper, value: unknown): HyperValue {
  const ok = accepted(h, value)
  check(ok !== null, owner, () => `${name} must be ${expectation(h)}, got ${show(value)}`)
  return ok
}

/** The spec of `name`, or a failure naming the owner and what it does accept. */
export function hyperSpec(owner: string, specs: HyperSpecs, name: string): Hyper {
  if (!Object.hasOwn(specs, name)) fail(owner, `unknown hyperparameter "${name}"; expected one of ${Object.keys(specs).join(', ')}`)
  return specs[name]
}

/** Every value of a description, from a config where given and the default otherwise, each checked. */
export function resolveHypers<S extends HyperSpecs>(owner: string, specs: S, config: HyperConfig<S> | undefined): HyperValues<S> {
  const given: Readonly<Record<string, unknown>> = config ?? {}
  const values: Record<string, HyperValue> = {}
  for (const [name, h] of Object.entries<Hyper>(specs)) {
    values[name] = checkHyper(owner, name, h, Object.hasOwn(given, name) && given[name] !== undefined ? given[name] : h.default)
  }
  // Built from the description's own names, each value checked against its spec: the shape HyperValues<S> states.
  return values as HyperValues<S>
}

/**
 * A config read from untyped data (a node's params, a file): every name must be described and
 * every value valid, so the typed constructors receive only what they declare.
 */
export function readHyperConfig<S extends HyperSpecs>(owner: string, specs: S, data: Readonly<Record<string, unknown>>): HyperConfig<S> {
  const config: Record<string, HyperValue> = {}
  for (const [name, value] of Object.entries(data)) config[name] = checkHyper(owner, name, hyperSpec(owner, specs, name), value)
  // Only described names, each checked against its spec: the shape HyperConfig<S> states.
  return config as HyperConfig<S>
}
