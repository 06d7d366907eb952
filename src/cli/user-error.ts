/** A problem with what the user asked for: printed as lines, never as a stack trace. */
export class UserError extends Error {
  constructor(
    readonly lines: readonly string[],
    readonly exitCode = 1,
  ) {
    super(lines.join('\n'))
    this.name = 'UserError'
  }
}
