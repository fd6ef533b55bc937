import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

/** The names of the values a message takes, plain `{name}` or inside plural forms (`{count, plural, …}`). */
export function messageValues(text: string): Set<string> {
  const names = new Set<string>()
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.literal) names.add(element.value)
      if ('options' in element) for (const option of Object.values(element.options)) visit(option.value)
    }
  }
  visit(parse(text))
  return names
}
