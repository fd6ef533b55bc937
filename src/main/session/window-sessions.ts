import { WindowSession } from './window-session'

/** Every window's session, by window id (its webContents id); a closed window's session is dropped. */
export class WindowSessions {
  private readonly sessions = new Map<number, WindowSession>()
  /** Files a window opens when it starts (launched with a file, or a second launch routed to a new window). */
  private readonly filesToOpen = new Map<number, string>()

  /** The window's session, created with its first message. */
  get(windowId: number): WindowSession {
    let session = this.sessions.get(windowId)
    if (!session) {
      session = new WindowSession()
      this.sessions.set(windowId, session)
    }
    return session
  }

  /** The window closed: its session, file and queue are forgotten. */
  close(windowId: number): void {
    void this.sessions.get(windowId)?.releaseLock()
    this.sessions.delete(windowId)
    this.filesToOpen.delete(windowId)
  }

  /** The window, when it starts (`app:start`), opens `path` instead of the last project. */
  openOnStart(windowId: number, path: string): void {
    this.filesToOpen.set(windowId, path)
  }

  /** The file the window was asked to open on start, once. */
  takeFileToOpen(windowId: number): string | null {
    const path = this.filesToOpen.get(windowId) ?? null
    this.filesToOpen.delete(windowId)
    return path
  }

  /** The file the window's project lives in (null: none, or not saved yet), without making a session. */
  pathOf(windowId: number): string | null {
    return this.sessions.get(windowId)?.path ?? null
  }

  /** The windows whose project lives in `path`. */
  windowsWith(path: string): number[] {
    return [...this.sessions].filter(([, session]) => session.path === path).map(([windowId]) => windowId)
  }

  /** Gives up every window's lock (the app quits). */
  releaseAll(): Promise<void> {
    return Promise.all([...this.sessions.values()].map((session) => session.releaseLock())).then(() => undefined)
  }

  get size(): number {
    return this.sessions.size
  }
}
