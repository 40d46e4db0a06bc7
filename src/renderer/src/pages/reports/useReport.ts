// Making a report from a screen: the core writes the file into the workspace's exports/ (as it
// does evidence bundles); the page then downloads it from the shell's export URL, and keeps a
// link in case the browser blocked the automatic download.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CallError, ReportFile } from '../../../../shared/contract'
import type { CallResult } from '../../../../shared/contract'
import { exportUrl } from '../../api'
import { callErrorText, errorText } from '../../lib/errors'

export function downloadExport(fileName: string): void {
  const link = document.createElement('a')
  link.href = exportUrl(fileName)
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
}

export interface ReportState {
  busy: boolean
  file: ReportFile | null
  error: string | null
  /** Field -> translated message (e.g. the docket's "to" before "from"). */
  fields: Record<string, string>
  run: (make: () => Promise<CallResult<ReportFile>>) => Promise<void>
}

export function useReport(): ReportState {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [file, setFile] = useState<ReportFile | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  async function run(make: () => Promise<CallResult<ReportFile>>): Promise<void> {
    setBusy(true)
    setError(null)
    setFields({})
    setFile(null)
    const result = await make()
    setBusy(false)
    if (result.ok) {
      setFile(result.value)
      downloadExport(result.value.fileName)
    } else {
      const e: CallError = result.error
      setError(callErrorText(t, e))
      setFields(
        Object.fromEntries(
          Object.entries(e.fields ?? {}).map(([k, code]) => [k, errorText(t, code, e.params)])
        )
      )
    }
  }
  return { busy, file, error, fields, run }
}
