import type { Host } from '../../src/main/host'

/**
 * The desktop host for tests: each file dialog answers with the next path a test queued (null: the user
 * cancelled); links that would open in the OS browser are recorded.
 */
export class TestHost implements Host {
  readonly openAnswers: (string | null)[] = []
  readonly saveAnswers: (string | null)[] = []
  readonly importAnswers: (string | null)[] = []
  readonly sourcesAnswers: (string | null)[] = []
  readonly openedLinks: string[] = []

  async chooseProjectToOpen() {
    return this.openAnswers.shift() ?? null
  }
  async chooseProjectSavePath() {
    return this.saveAnswers.shift() ?? null
  }
  async chooseTextToImport() {
    return this.importAnswers.shift() ?? null
  }
  async chooseSourcesToImport() {
    return this.sourcesAnswers.shift() ?? null
  }
  async openExternal(url: string) {
    this.openedLinks.push(url)
  }
}
