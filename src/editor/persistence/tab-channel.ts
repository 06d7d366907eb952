/** Tells the app's other tabs that this one wrote the autosave (last write wins, and they say so). */
export interface SavedElsewhere {
  readonly tab: string
  readonly text: string
  readonly title: string
}

const NAME = 'flowgrad-autosave'

function isSavedElsewhere(v: unknown): v is SavedElsewhere {
  if (typeof v !== 'object' || v === null) return false
  const m = v as Record<string, unknown>
  return typeof m.tab === 'string' && typeof m.text === 'string' && typeof m.title === 'string'
}

export class TabChannel {
  private readonly channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(NAME)

  constructor(heard: (message: SavedElsewhere) => void) {
    if (this.channel) this.channel.onmessage = (e: MessageEvent<unknown>) => {
      if (isSavedElsewhere(e.data)) heard(e.data)
    }
  }

  tell(message: SavedElsewhere): void {
    this.channel?.postMessage(message)
  }

  close(): void {
    this.channel?.close()
  }
}
