import { saveAutosave, savePending } from './autosave.ts'
import type { AutosaveRecord } from './autosave.ts'

/**
 * Writes the autosave at most once per `delayMs`, always the latest text, and at once when
 * flushed (the page is hidden or going away), so a change made just before a reload is kept.
 */
export class AutosaveWriter {
  private timer: ReturnType<typeof setTimeout> | null = null
  private latest: string | null = null
  /** The text the autosave holds, as far as this tab knows: writing it again changes nothing. */
  private stored: string | null = null

  constructor(
    private readonly tab: string,
    /** Told of every write, so other tabs can be told. */
    private readonly written: (record: AutosaveRecord) => void,
    private readonly delayMs = 400,
  ) {}

  /** The autosave holds this text already (it was just read from it). */
  holds(text: string): void {
    this.stored = text
  }

  schedule(text: string): void {
    if (text === this.stored) {
      // Back to what is saved (an undo): nothing to write.
      this.cancel()
      return
    }
    this.latest = text
    this.timer ??= setTimeout(() => this.write(false), this.delayMs)
  }

  /** Writes what is waiting now, with a synchronous copy in case the page is going away. */
  flush(): void {
    this.write(true)
  }

  private write(leaving: boolean): void {
    const text = this.latest
    this.cancel()
    if (text === null) return
    const record: AutosaveRecord = { text, savedAt: Date.now(), tab: this.tab }
    this.stored = text
    if (leaving) savePending(record)
    void saveAutosave(record).catch(() => undefined)
    this.written(record)
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.latest = null
  }
}
