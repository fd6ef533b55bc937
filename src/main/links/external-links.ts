import { fail, ok, type Result } from '../../shared/errors'
import type { ExternalLinkReply, Request } from '../../shared/ipc'
import type { Host } from '../host'
import { AllowedSites } from './allowed-sites'
import { linkVerdict, siteToAllow } from './link-policy'

/**
 * `shell:openExternal`: a link opens in the OS only when the policy says so, or once the user, shown the full
 * address by the renderer, answered `allow` ('always' remembers the site).
 */
export function externalLinkHandler(host: Host, appDataDir: string) {
  const allowed = new AllowedSites(appDataDir)
  return async (request: Request<'shell:openExternal'>): Promise<Result<ExternalLinkReply>> => {
    const verdict = linkVerdict(request.url, await allowed.list())
    if (verdict.kind === 'refused') return fail('errorLinkRefused')
    if (verdict.kind === 'ask' && request.allow === undefined) return ok({ status: 'ask', url: verdict.url, site: verdict.site })
    if (request.allow === 'always') {
      const site = siteToAllow(verdict.url)
      if (site) await allowed.allow(site)
    }
    await host.openExternal(verdict.url)
    return ok({ status: 'opened' })
  }
}
