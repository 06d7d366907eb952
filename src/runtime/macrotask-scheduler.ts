import { Subscription } from 'rxjs'
import type { SchedulerAction, SchedulerLike } from 'rxjs'

type Post = (run: () => void) => () => void

/**
 * Yields to the event loop between tasks (setImmediate in Node, a MessageChannel in
 * browsers and workers): unlike microtasks, messages such as "pause" get through between
 * two slices of training, and unlike setTimeout there is no 4 ms clamp.
 */
function macrotaskPoster(): Post {
  if (typeof setImmediate === 'function') {
    return (run) => {
      const handle = setImmediate(run)
      return () => clearImmediate(handle)
    }
  }
  const channel = new MessageChannel()
  const queue = new Map<number, () => void>()
  let next = 0
  channel.port1.onmessage = (e: MessageEvent<number>) => {
    const run = queue.get(e.data)
    queue.delete(e.data)
    run?.()
  }
  return (run) => {
    const id = next++
    queue.set(id, run)
    channel.port2.postMessage(id)
    return () => queue.delete(id)
  }
}

function timerPoster(delay: number): Post {
  return (run) => {
    const handle = setTimeout(run, delay)
    return () => clearTimeout(handle)
  }
}

class MacrotaskScheduler implements SchedulerLike {
  private post: Post | null = null

  now(): number {
    return Date.now()
  }

  schedule<T>(work: (this: SchedulerAction<T>, state: T) => void, delay = 0, state?: T): Subscription {
    this.post ??= macrotaskPoster()
    const post = this.post
    let cancel: (() => void) | null = null
    const action = new Subscription(() => cancel?.()) as SchedulerAction<T>
    const arm = (s: T | undefined, d: number): void => {
      cancel?.()
      cancel = (d > 0 ? timerPoster(d) : post)(() => {
        cancel = null
        if (!action.closed) work.call(action, s as T)
      })
    }
    action.schedule = (s?: T, d = 0) => {
      arm(s, d)
      return action
    }
    arm(state, delay)
    return action
  }
}

export const macrotaskScheduler: SchedulerLike = new MacrotaskScheduler()
