/** An output stream that keeps what is written, for running CLI commands in-process (gallery, tests). */
export interface CapturedOutput {
  readonly isTTY: false
  write(text: string): boolean
  text(): string
}

export function capturedOutput(): CapturedOutput {
  let buffer = ''
  return {
    isTTY: false,
    write(text: string) {
      buffer += text
      return true
    },
    text: () => buffer,
  }
}
