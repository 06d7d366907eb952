let gradDisabled = 0

/** Runs `fn` without recording the autograd graph: inference and optimizer updates. */
export function noGrad<T>(fn: () => T): T {
  gradDisabled++
  try {
    return fn()
  } finally {
    gradDisabled--
  }
}

export function isGradEnabled(): boolean {
  return gradDisabled === 0
}
