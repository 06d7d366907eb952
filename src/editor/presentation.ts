import { BehaviorSubject } from 'rxjs'
import type { Observable } from 'rxjs'

/**
 * Presentation mode: the board alone, full screen where the browser allows it (else filling
 * the window), in larger type. The page's own state, never the graph's. Escape leaves it: the
 * browser's own Escape ends full screen (this follows), and the keymap's Escape ends the rest.
 */
export class Presentation {
  private readonly subject = new BehaviorSubject<boolean>(false)
  readonly presenting$: Observable<boolean> = this.subject.asObservable()

  constructor(private readonly page: Document | null = globalThis.document ?? null) {
    this.page?.addEventListener('fullscreenchange', () => {
      if (!this.page?.fullscreenElement && this.presenting) this.leave()
    })
  }

  get presenting(): boolean {
    return this.subject.value
  }

  toggle(): void {
    if (this.presenting) this.leave()
    else this.enter()
  }

  enter(): void {
    this.subject.next(true)
    // Refused without a user gesture, in an iframe without allowfullscreen, or by policy:
    // the board then fills the window, which is still the presentation.
    void this.page?.documentElement.requestFullscreen?.().catch(() => undefined)
  }

  leave(): void {
    if (!this.presenting) return
    this.subject.next(false)
    if (this.page?.fullscreenElement) void this.page.exitFullscreen().catch(() => undefined)
  }
}
