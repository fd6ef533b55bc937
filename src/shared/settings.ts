import { z } from 'zod'

/**
 * What each user sets once for every project: the theme, the widths of the sidebars, and (main only) where the
 * window was. Kept in `settings.json` of the app-data folder.
 */

export const themes = ['system', 'light', 'dark'] as const
export type Theme = (typeof themes)[number]

/** Sidebar widths in CSS pixels; the limits keep the legal text readable whatever was saved. */
export const sidebarLimits = { min: 180, max: 640 } as const
const sidebarWidth = z.number().int().min(sidebarLimits.min).max(sidebarLimits.max)

export const sidebarsSchema = z.object({ outline: sidebarWidth.optional(), annotations: sidebarWidth.optional() }).strict()
export type SidebarWidths = z.infer<typeof sidebarsSchema>

/** What the renderer sees and changes. */
export const viewSettingsSchema = z.object({ theme: z.enum(themes), sidebars: sidebarsSchema }).strict()
export type ViewSettings = z.infer<typeof viewSettingsSchema>

/** A change the renderer asks for: only what it names changes. */
export const viewSettingsChangeSchema = z.object({ theme: z.enum(themes).optional(), sidebars: sidebarsSchema.optional() }).strict()
export type ViewSettingsChange = z.infer<typeof viewSettingsChangeSchema>

const coordinate = z.number().int().min(-100_000).max(100_000)
const extent = z.number().int().min(100).max(100_000)

/** The window's normal (not maximised) bounds and whether it was maximised, as it was last closed. */
export const windowStateSchema = z.object({ x: coordinate, y: coordinate, width: extent, height: extent, maximized: z.boolean() }).strict()
export type WindowState = z.infer<typeof windowStateSchema>

export const settingsFileSchema = z.object({ view: viewSettingsSchema, window: windowStateSchema.optional() })
export type SettingsFile = z.infer<typeof settingsFileSchema>

export const defaultSettings: SettingsFile = { view: { theme: 'system', sidebars: {} } }
