// Specification: closing a workspace stops its background work. A text extraction queued or
// running is stopped with its PDF worker, and nothing more is accepted, so no timer or thread
// keeps the app (or a test run) alive after close.
import { describe, expect, it, vi } from 'vitest'
import { activePdfWorkerCount } from '../../../src/main/core/ingest'
import { textQueue } from '../../../src/main/core/documents/text-index'
import { openTestCore } from '../helpers'
import { attach, getDoc, newMatter } from './helpers'

describe('closing a workspace', () => {
  it('stops the text queue and its worker while an exhibit is being read, and accepts no more', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, ['exhibit-long.pdf', 'warning-letter-patent-en.pdf'])
    const queue = textQueue(core.workspace)
    expect(queue.size).toBeGreaterThan(0)
    await vi.waitFor(() => expect(activePdfWorkerCount()).toBeGreaterThan(0), { timeout: 5000 })

    core.workspace.close()
    expect(queue.isStopped).toBe(true)
    expect(queue.size).toBeLessThanOrEqual(1) // only the one being stopped
    // the worker ends now, not when its 60 s timeout fires
    await vi.waitFor(() => expect(activePdfWorkerCount()).toBe(0), { timeout: 2000 })
    await queue.idle()
    expect(queue.size).toBe(0)

    // a later enqueue on the closed workspace is ignored, cleanly
    queue.enqueue(documents.map((d) => d.id))
    expect(queue.size).toBe(0)
    expect(textQueue(core.workspace)).toBe(queue)

    // the documents are still pending on disk, read on the next open
    const again = openTestCore({ dir: core.dir })
    expect((await getDoc(again, documents[0]!.id)).textStatus).toBe('pending')
    textQueue(again.workspace).stop()
  })

  it('a workspace closed before anything queued refuses text work too', () => {
    const core = openTestCore()
    core.workspace.close()
    const queue = textQueue(core.workspace)
    expect(queue.isStopped).toBe(true)
    queue.enqueue([1, 2, 3])
    expect(queue.size).toBe(0)
  })
})
