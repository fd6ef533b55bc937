/**
 * Site chrome that is not the article: menus, share buttons ("VK X OK WhatsApp Telegram"), view counters,
 * tag lists, "subscribe" calls and related-story lists. Removed twice: by element (what sites mark with
 * roles and class names) before the article is found, and by line (what they do not mark) after.
 */

/** Elements that are chrome wherever they stand. */
export const chromeSelectors = [
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe', 'noscript', 'svg', 'img', 'picture', 'video', 'figure',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[aria-hidden="true"]',
  '[class*="share"]', '[class*="social"]', '[class*="related"]', '[class*="views"]', '[class*="counter"]', '[class*="breadcrumb"]',
  '[class*="subscribe"]', '[class*="banner"]', '[class*="advert"]', '[class*="tags"]', '[id*="share"]', '[id*="related"]', '[id*="comments"]'
].join(', ')

const shareWords = new Set([
  'vk', 'вк', 'вконтакте', 'x', 'ok', 'ок', 'одноклассники', 'whatsapp', 'telegram', 'телеграм', 'facebook', 'twitter', 'instagram',
  'youtube', 'tiktok', 'threads', 'viber', 'email', 'e-mail', 'print', 'печать', 'share', 'поделиться', 'бөлісу', 'copy', 'link',
  'копировать', 'ссылку', 'скопировать', 'сілтемені', 'көшіру', 'linkedin', 'reddit', 'мой', 'мир', 'pinterest'
])

/** A line of share buttons: every word is a network or a share command. */
function isShareLine(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|•·,/]+/).filter(Boolean)
  return words.length > 0 && words.length <= 16 && words.every((word) => shareWords.has(word.replace(/[:.]$/, '')))
}

const counterLine = [
  /^(?:👁|👁️|\u{1F441})?\s*\d[\d\s.,]*\s*(?:k|к|тыс\.?)?\s*(?:views?|просмотр\p{L}*|қаралым|рет қаралды|қаралды|comments?|комментари\p{L}*|пікір)$/iu,
  /^(?:views?|просмотр\p{L}*|қаралым\p{L}*|қаралды|comments?|комментари\p{L}*|пікірлер)\s*:?\s*\d[\d\s.,]*$/iu,
  /^(?:👁|👁️)\s*\d[\d\s.,]*$/u
]

/** Calls to subscribe or follow, and lines of tags. */
const callLine = /^(?:subscribe|follow us|подписывайтесь|подпишитесь|читайте нас|жазылыңыз|бізді)(?!\p{L}).{0,120}$|^(?:tags|теги|тэги|тегтер)\s*:/iu

/** Headings that open a list of other stories: what follows them is not the article. */
const relatedWords = String.raw`(?:related(?: news| stories| articles)?|read (?:also|more)|more (?:news|stories)|see also|latest news|top news|читайте также|похожие (?:новости|материалы)|другие новости|по теме|последние новости|ещё по теме|тағы оқыңыз|ұқсас жаңалықтар|басқа жаңалықтар|соңғы жаңалықтар|тақырыпқа қатысты)`
const relatedHeading = new RegExp(String.raw`^${relatedWords}\s*:?$`, 'iu')
/** A ticker line: "Latest news: 3 February — the cabinet met". */
const tickerLine = new RegExp(String.raw`^${relatedWords}\s*:\s*\S`, 'iu')

/** A line that is chrome in itself. */
export function isChromeLine(line: string): boolean {
  const text = line.trim()
  return isShareLine(text) || counterLine.some((pattern) => pattern.test(text)) || callLine.test(text) || tickerLine.test(text)
}

/** Whether a line starts a related-stories list. */
export function isRelatedHeading(line: string): boolean {
  return relatedHeading.test(line.trim())
}

/**
 * The article's lines without chrome: chrome lines go, and a related-stories heading ends the article
 * unless a long paragraph (the article going on) follows the list.
 */
export function withoutChromeLines(lines: string[]): string[] {
  const kept: string[] = []
  let inRelated = false
  for (const line of lines) {
    const text = line.trim()
    if (!text || isChromeLine(text)) continue
    if (isRelatedHeading(text)) {
      inRelated = true
      continue
    }
    // Headlines of other stories are short; the article resumes with a paragraph of prose.
    if (inRelated && text.length < 200) continue
    inRelated = false
    kept.push(text)
  }
  return kept
}
