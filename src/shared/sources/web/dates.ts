/**
 * Dates as news pages print them, in Kazakh, Russian and English: "2026-02-10T15:15:37+05:00" (tags),
 * "10.02.2026 15:15:37", "1 февраля 2026 г., 15:15", "2026 жылғы 1 ақпан", "February 10, 2026",
 * "10 Feb 2026", and "on Feb. 10" without a year (the year then comes from the caller: the page's
 * other dates or the day the page was saved). The time is kept when printed.
 */

/** A calendar date with its time of day when the page gives one ("15:15" or "15:15:37"). */
export interface FoundDate {
  year: number
  month: number
  day?: number
  time?: string
}

const russianMonths = ['январ', 'феврал', 'март', 'апрел', 'ма[йя]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр']
const kazakhMonths = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
const englishMonths = ['jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?']

const alternatives = (stems: string[]) => stems.map((stem) => `(${stem})`).join('|')
/** Which of the alternatives matched, as a month number (1–12). */
const monthOf = (groups: (string | undefined)[]) => groups.findIndex((group) => group !== undefined) + 1

const time = String.raw`(?:[,\s]+(?:в\s+|at\s+|сағат\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?`
const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/
const numeric = new RegExp(String.raw`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b${time}`)
const russian = new RegExp(String.raw`\b(\d{1,2})\s+(?:${alternatives(russianMonths)})[а-яё]*\.?\s+(\d{4})(?:\s*(?:г\.|года))?${time}`, 'iu')
const kazakh = new RegExp(String.raw`(\d{4})\s*(?:ж\.|жылғы|жыл)?\s+(\d{1,2})[-\s]+(?:${alternatives(kazakhMonths)})[а-яәғқңөұүһі]*${time}`, 'iu')
const englishDayFirst = new RegExp(String.raw`\b(\d{1,2})\s+(?:${alternatives(englishMonths)})\.?,?\s+(\d{4})\b${time}`, 'i')
// Case-sensitive: "may 5" in running text is not a date, "May 5" is.
const capitalised = englishMonths.map((stem) => stem[0]!.toUpperCase() + stem.slice(1))
const englishMonthFirst = new RegExp(String.raw`\b(?:${alternatives(capitalised)})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b${time}`)

function timeOf(hours: string | undefined, minutes: string | undefined, seconds: string | undefined): string | undefined {
  if (hours === undefined || minutes === undefined) return undefined
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return undefined
  return `${hours.padStart(2, '0')}:${minutes}${seconds === undefined ? '' : `:${seconds}`}`
}

function valid(date: FoundDate): FoundDate | undefined {
  if (date.month < 1 || date.month > 12 || date.year < 1000 || date.year > 9999) return undefined
  if (date.day !== undefined && (date.day < 1 || date.day > 31)) return undefined
  return date.time === undefined ? { year: date.year, month: date.month, ...(date.day === undefined ? {} : { day: date.day }) } : date
}

/**
 * The first date in a piece of text, or undefined. `defaultYear` fills in a year the text leaves out
 * ("on Feb. 10"); without it such a date is not read.
 */
export function findDate(text: string, defaultYear?: number): FoundDate | undefined {
  const candidates: { index: number; date: FoundDate | undefined }[] = []
  const add = (match: RegExpExecArray | null, date: (match: RegExpExecArray) => FoundDate | undefined) => {
    if (match) candidates.push({ index: match.index, date: date(match) })
  }
  add(iso.exec(text), (m) => valid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: timeOf(m[4], m[5], m[6]) }))
  add(numeric.exec(text), (m) => valid({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), time: timeOf(m[4], m[5], m[6]) }))
  add(russian.exec(text), (m) => valid({ year: Number(m[14]), month: monthOf(m.slice(2, 14)), day: Number(m[1]), time: timeOf(m[15], m[16], m[17]) }))
  add(kazakh.exec(text), (m) => valid({ year: Number(m[1]), month: monthOf(m.slice(3, 15)), day: Number(m[2]), time: timeOf(m[15], m[16], m[17]) }))
  add(englishDayFirst.exec(text), (m) => valid({ year: Number(m[14]), month: monthOf(m.slice(2, 14)), day: Number(m[1]), time: timeOf(m[15], m[16], m[17]) }))
  add(englishMonthFirst.exec(text), (m) => {
    const year = m[14] === undefined ? defaultYear : Number(m[14])
    return year === undefined ? undefined : valid({ year, month: monthOf(m.slice(1, 13)), day: Number(m[13]), time: timeOf(m[15], m[16], m[17]) })
  })
  return candidates.filter((candidate) => candidate.date).sort((a, b) => a.index - b.index)[0]?.date
}

/** A found date as ISO 8601 text: "2026-02-10" or "2026-02-10T15:15:37". */
export function isoText(date: FoundDate): string {
  const day = [String(date.year), String(date.month).padStart(2, '0'), ...(date.day === undefined ? [] : [String(date.day).padStart(2, '0')])].join('-')
  return date.time === undefined ? day : `${day}T${date.time}`
}
