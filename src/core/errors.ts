/**
 * Errors raised by the compute core name the op (or layer) and the argument at fault,
 * so a user reading a message in the editor knows where to look.
 */
export class FlowgradError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`)
    this.name = 'FlowgradError'
  }
}

export function fail(where: string, message: string): never {
  throw new FlowgradError(where, message)
}

export function check(condition: boolean, where: string, message: () => string): asserts condition {
  if (!condition) fail(where, message())
}
