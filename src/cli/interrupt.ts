/**
 * Ctrl-C and SIGTERM during `flowgrad run`: training stops at the next step boundary and
 * the run writes what exists, instead of dying with nothing written after hours of work.
 */
import type { Runtime } from '../runtime/runtime.ts'

/** The exit code of a run stopped by a signal (128 + SIGINT), as shells expect. */
export const INTERRUPTED_EXIT_CODE = 130

export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown
  off(signal: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown
}

export interface InterruptListener {
  readonly signal: AbortSignal
  dispose(): void
}

/**
 * Aborts `signal` on the first SIGINT or SIGTERM; a second one ends the process at once
 * (`exitNow`), for a run that does not stop soon enough.
 */
export function listenForInterrupt(source: SignalSource, say: (line: string) => void, exitNow: () => void): InterruptListener {
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      say(`flowgrad: ${name} again: stopping without writing`)
      exitNow()
      return
    }
    say(`flowgrad: ${name}: stopping at the next training step and writing what exists (${name} again stops at once)`)
    controller.abort()
  }
  source.on('SIGINT', onSignal)
  source.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    dispose: () => {
      source.off('SIGINT', onSignal)
      source.off('SIGTERM', onSignal)
    },
  }
}

export interface RunInterruption {
  /** Whether the run was asked to stop. */
  interrupted(): boolean
  dispose(): void
}

/**
 * When `signal` aborts, pauses every trainer through the runtime's run control (pause takes
 * effect at the next step boundary), and pauses again any trainer that starts afterwards
 * (one whose data was still loading), so the runtime goes idle with what it has.
 */
export function pauseOnAbort(runtime: Runtime, signal: AbortSignal | undefined): RunInterruption {
  let interrupted = false
  const pause = (): void => {
    interrupted = true
    runtime.command('pause')
  }
  const subscription = runtime.events.subscribe(({ nodeId, event }) => {
    if (interrupted && event.kind === 'status' && event.status === 'running') runtime.command('pause', nodeId)
  })
  signal?.addEventListener('abort', pause, { once: true })
  if (signal?.aborted) pause()
  return {
    interrupted: () => interrupted,
    dispose: () => {
      subscription.unsubscribe()
      signal?.removeEventListener('abort', pause)
    },
  }
}
