import type { Page } from '@playwright/test'
import { expect } from './fixtures'
import type { TestHost } from './test-host'

/** From the welcome project, opens `file` through the Open dialog and sees it refused with `message`. */
export async function expectOpenRefused(glossa: Page, host: TestHost, file: string, message: RegExp) {
  await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
  host.openAnswers.push(file)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(glossa.getByTestId('error-message')).toHaveText(message)
  await expect(glossa.getByTestId('error-message')).toContainText('left unchanged')
}
