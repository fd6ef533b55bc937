import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dragSelect, importLaw, lawText } from './annotation-steps'
import { expect, test } from './support/fixtures'

const widthOf = async (page: import('@playwright/test').Page, selector: string) => Math.round((await page.locator(selector).boundingBox())!.width)

test('the sidebars are resized by dragging or with the keyboard, and keep their widths for the next start', async ({ glossa, host, folder }) => {
  const file = join(folder, 'law.txt')
  await writeFile(file, lawText())
  await importLaw(glossa, host, file)
  expect(await widthOf(glossa, 'aside.sidebar')).toBe(300)

  // Drag the outline's border 100 px to the right.
  const border = glossa.getByRole('separator', { name: 'Width of the outline' })
  const box = (await border.boundingBox())!
  await glossa.mouse.move(box.x + box.width / 2, box.y + 200)
  await glossa.mouse.down()
  await glossa.mouse.move(box.x + box.width / 2 + 50, box.y + 200, { steps: 3 })
  await glossa.mouse.move(box.x + box.width / 2 + 100, box.y + 200, { steps: 3 })
  await glossa.mouse.up()
  expect(await widthOf(glossa, 'aside.sidebar')).toBe(400)
  await expect(border).toHaveAttribute('aria-valuenow', '400')

  // The annotation pane, from the keyboard: each Left arrow widens it (it sits on the right) by 16 px.
  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.keyboard.press('Control+Shift+H')
  await expect(glossa.locator('aside.annotation-pane')).toBeVisible()
  const paneBorder = glossa.getByRole('separator', { name: 'Width of the annotations pane' })
  await paneBorder.focus()
  await glossa.keyboard.press('ArrowLeft')
  await glossa.keyboard.press('ArrowLeft')
  expect(await widthOf(glossa, 'aside.annotation-pane')).toBe(392)
  // No wider than the limit, whatever is asked.
  await glossa.keyboard.press('End')
  await expect(paneBorder).toHaveAttribute('aria-valuenow', '640')
  await glossa.keyboard.press('ArrowRight')
  await expect(paneBorder).toHaveAttribute('aria-valuenow', '624')
  await glossa.screenshot({ path: test.info().outputPath('wide-panes.png') })

  await glossa.reload()
  await glossa.locator('.workbench[data-ready="true"]').waitFor()
  await expect.poll(() => widthOf(glossa, 'aside.sidebar')).toBe(400)
  await expect(glossa.getByRole('separator', { name: 'Width of the outline' })).toHaveAttribute('aria-valuenow', '400')
})
