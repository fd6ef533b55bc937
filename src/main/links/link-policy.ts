/**
 * Which links Glossa hands to the OS: web (http, https) and e-mail (mailto) only, and a site's links only
 * once the user has seen the full address and said yes (for once, or always for that site). A project file
 * from a colleague can carry any link in its commentary; nothing opens without the user reading where it goes.
 */

export type LinkVerdict = { kind: 'refused' } | { kind: 'open'; url: string } | { kind: 'ask'; url: string; site: string }

const openable = new Set(['http:', 'https:', 'mailto:'])

/**
 * The site a link belongs to: the host name for a web link (as the URL parser gives it: lower case, an
 * international name in its punycode form, so look-alike letters cannot pass for a known site), the mail
 * domain for an e-mail link.
 */
function siteOf(url: URL): string | null {
  if (url.protocol === 'mailto:') {
    const address = decodeURIComponent(url.pathname.split(',')[0] ?? '')
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
    return address.includes('@') && domain ? `mailto:${domain}` : null
  }
  return url.hostname || null
}

/** What to do with `raw` when the user has always allowed `allowedSites`. The URL opened is the one shown. */
export function linkVerdict(raw: string, allowedSites: ReadonlySet<string>): LinkVerdict {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { kind: 'refused' }
  }
  if (!openable.has(url.protocol)) return { kind: 'refused' }
  const site = siteOf(url)
  if (!site) return { kind: 'refused' }
  return allowedSites.has(site) ? { kind: 'open', url: url.href } : { kind: 'ask', url: url.href, site }
}

/** The site to remember when the user chose "always allow" for `url` (null: not an openable link). */
export function siteToAllow(url: string): string | null {
  const verdict = linkVerdict(url, new Set())
  return verdict.kind === 'ask' ? verdict.site : null
}
