import { useEffect, useMemo, useState } from 'react'
import { articleEIdsByNum, choosableParts, parseArticleList } from '../../../shared/export/article-list'
import { bareHighlightChoices, defaultExportOptions, exportForms, type ExportForm, pageSizes, publicationLanguages, type BareHighlight, type ExportOptions, type NotePlacement, type PageSize, type PublicationLanguage } from '../../../shared/export/options'
import type { GlossaError } from '../../../shared/errors'
import type { ExportStage } from '../../../shared/ipc'
import type { MessageKey } from '../../../shared/i18n/messages.en'
import type { ProjectFile } from '../../../shared/project/schema'
import { invoke } from '../bridge'
import { Modal } from '../components/Modal'
import { t } from '../i18n'
import { ChoiceList } from './ChoiceList'
import { SelectField } from './SelectField'
import { QuoteCheck } from './QuoteCheck'

interface Props {
  /** The project as it stands now, unsaved changes included. */
  project: ProjectFile
  onClose: () => void
  onError: (error: GlossaError) => void
}

type ScopeKind = ExportOptions['scope']['kind']

const placements: [NotePlacement, MessageKey][] = [
  ['footnotes', 'exportPlacementFootnotes'],
  ['endnotes', 'exportPlacementEndnotes'],
  ['margin', 'exportPlacementMargin']
]

const formLabels: Record<ExportForm, MessageKey> = { annotated: 'exportFormAnnotated', commentary: 'exportFormCommentary' }
const bareHighlightLabels: Record<BareHighlight, MessageKey> = { marker: 'exportBareMarker', none: 'exportBareNone' }
const languageLabels: Record<PublicationLanguage, MessageKey> = { kk: 'languageKk', ru: 'languageRu', en: 'languageEn' }

const stageMessages: Record<ExportStage, MessageKey> = { preparing: 'exportStagePreparing', layout: 'exportStageLayout', writing: 'exportStageWriting' }

/** The export dialog: scope, which annotations, commentary placement, page set-up; progress and cancel while exporting. */
export function ExportDialog({ project, onClose, onError }: Props) {
  const content = useMemo(() => project.document?.content ?? { type: 'doc' }, [project.document])
  const parts = useMemo(() => choosableParts(content), [content])
  const authors = useMemo(() => [...new Map(project.annotations.map((annotation) => [annotation.author.id, annotation.author.name])).entries()], [project.annotations])
  const tags = useMemo(() => project.tags.map((tag) => [tag.id, String(tag['name'] ?? tag.id)] as [string, string]), [project.tags])

  const [scopeKind, setScopeKind] = useState<ScopeKind>('all')
  const [chosenParts, setChosenParts] = useState<string[]>([])
  const [articles, setArticles] = useState('')
  const [tagIds, setTagIds] = useState<string[] | null>(null)
  const [authorIds, setAuthorIds] = useState<string[] | null>(null)
  const [placement, setPlacement] = useState<NotePlacement>(defaultExportOptions.placement)
  const [showTags, setShowTags] = useState(defaultExportOptions.showTags)
  const [form, setForm] = useState<ExportForm>(defaultExportOptions.form)
  const [showAuthors, setShowAuthors] = useState(defaultExportOptions.showAuthors)
  const [bareHighlights, setBareHighlights] = useState<BareHighlight>(defaultExportOptions.bareHighlights)
  const [language, setLanguage] = useState<PublicationLanguage | null>(defaultExportOptions.language)
  const [versionLabel, setVersionLabel] = useState('')
  const [page, setPage] = useState(defaultExportOptions.page)
  const [problem, setProblem] = useState<string | null>(null)
  const [stage, setStage] = useState<ExportStage | 'started' | null>(null)
  const [outcome, setOutcome] = useState<string | null>(null)
  const [cancelling, setCancelling] = useState(false)

  useEffect(() => window.glossa.onExportProgress(setStage), [])

  /** The options as chosen, or null (with the reason shown) if the scope cannot be read. */
  const options = (): ExportOptions | null => {
    let scope: ExportOptions['scope'] = { kind: 'all' }
    if (scopeKind === 'parts') scope = { kind: 'parts', eIds: chosenParts.length > 0 ? chosenParts : parts.map((part) => part.eId) }
    if (scopeKind === 'articles') {
      const parsed = parseArticleList(articles)
      const byNum = articleEIdsByNum(content)
      const missing = 'invalid' in parsed ? parsed.invalid : parsed.nums.find((num) => !byNum.has(num))
      if (missing !== undefined || !('nums' in parsed) || parsed.nums.length === 0) {
        setProblem(t('errorExportArticlesUnknown', { num: missing ?? articles }))
        return null
      }
      scope = { kind: 'articles', eIds: parsed.nums.map((num) => byNum.get(num)!) }
    }
    setProblem(null)
    return { scope, tagIds, authorIds, placement, form, showTags, showAuthors, bareHighlights, language, citationStyle: null, versionLabel, page }
  }

  const start = async (kind: 'pdf' | 'docx') => {
    const chosen = options()
    if (!chosen) return
    setOutcome(null)
    setCancelling(false)
    setStage('started')
    const reply = await invoke(kind === 'pdf' ? 'export:pdf' : 'export:docx', { project, options: chosen })
    setStage(null)
    if (!reply.ok) return onError(reply.error)
    if (reply.value) setOutcome(t('exportDone', { fileName: reply.value.fileName }))
  }

  const cancel = () => {
    setCancelling(true)
    setOutcome(t('exportCancelled'))
    void invoke('export:cancel', {})
  }

  const busy = stage !== null
  return (
    <Modal title={t('exportDialogTitle')} onClose={busy ? cancel : onClose}>
      <form className="export-dialog" onSubmit={(event) => event.preventDefault()}>
        <fieldset disabled={busy}>
          <legend>{t('exportScope')}</legend>
          {(['all', 'parts', 'articles'] as const).map((kind) => (
            <label key={kind}>
              <input type="radio" name="scope" checked={scopeKind === kind} onChange={() => setScopeKind(kind)} />
              {t(kind === 'all' ? 'exportScopeAll' : kind === 'parts' ? 'exportScopeParts' : 'exportScopeArticles')}
            </label>
          ))}
          {scopeKind === 'parts' && <ChoiceList items={parts.map((part) => [part.eId, part.title])} chosen={chosenParts} onChange={(next) => setChosenParts(next ?? [])} />}
          {scopeKind === 'articles' && (
            <label>
              {t('exportArticlesLabel')}
              <input value={articles} onChange={(event) => setArticles(event.target.value)} />
            </label>
          )}
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('exportAnnotations')}</legend>
          <ChoiceList allLabel={t('exportAllTags')} items={tags} chosen={tagIds} onChange={setTagIds} />
          <ChoiceList allLabel={t('exportAllAuthors')} items={authors} chosen={authorIds} onChange={setAuthorIds} />
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('exportPlacement')}</legend>
          <SelectField label="exportForm" value={form} choices={exportForms} labels={formLabels} onChange={setForm} />
          {placements.map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="placement" checked={placement === value} onChange={() => setPlacement(value)} />
              {t(label)}
            </label>
          ))}
          <label>
            <input type="checkbox" checked={showTags} onChange={(event) => setShowTags(event.target.checked)} />
            {t('exportShowTags')}
          </label>
          <label>
            <input type="checkbox" checked={showAuthors} onChange={(event) => setShowAuthors(event.target.checked)} />
            {t('exportShowAuthors')}
          </label>
          <SelectField label="exportBareHighlights" value={bareHighlights} choices={bareHighlightChoices} labels={bareHighlightLabels} onChange={setBareHighlights} />
          {/* '' stands for the document's own language. */}
          <SelectField label="exportLanguage" value={language ?? ''} choices={['', ...publicationLanguages] as const} labels={{ '': 'exportLanguageDocument', ...languageLabels }} onChange={(value) => setLanguage(value || null)} />
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('exportPageSetup')}</legend>
          <label>
            {t('exportPageSize')}
            <select value={page.size} onChange={(event) => setPage({ ...page, size: event.target.value as PageSize })}>
              {pageSizes.map((size) => (
                <option key={size}>{size}</option>
              ))}
            </select>
          </label>
          <label>
            {t('exportMargins')}
            <input type="number" min={10} max={40} value={page.marginMm} onChange={(event) => setPage({ ...page, marginMm: Number(event.target.value) })} />
          </label>
          <label>
            {t('exportFontSize')}
            <input type="number" min={8} max={16} value={page.fontSizePt} onChange={(event) => setPage({ ...page, fontSizePt: Number(event.target.value) })} />
          </label>
          <label>
            {t('exportVersionLabel')}
            <input value={versionLabel} maxLength={200} onChange={(event) => setVersionLabel(event.target.value)} />
          </label>
        </fieldset>
        <QuoteCheck project={project} />
        {problem && (
          <p role="alert" className="error-text">
            {problem}
          </p>
        )}
        {busy && (
          <p role="status" className="export-progress" data-testid="export-progress">
            <progress />
            {stage === 'started' ? t('exportStagePreparing') : t(stageMessages[stage])}
          </p>
        )}
        {outcome && (
          <p role="status" data-testid="export-outcome">
            {outcome}
          </p>
        )}
        <div className="dialog-buttons">
          {busy ? (
            <button type="button" disabled={cancelling} onClick={cancel}>
              {t('exportCancel')}
            </button>
          ) : (
            <>
              <button type="button" onClick={onClose}>
                {t('close')}
              </button>
              <button type="button" onClick={() => void start('docx')}>
                {t('exportDocx')}
              </button>
              <button type="button" className="primary" onClick={() => void start('pdf')}>
                {t('exportPdf')}
              </button>
            </>
          )}
        </div>
      </form>
    </Modal>
  )
}
