import { useRef, useState, type PointerEvent, type WheelEvent } from 'react'
import { ActionIcon, Button, Group, Text } from '@mantine/core'
import { IconZoomIn, IconZoomOut } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { documentUrl } from '../../api'
import classes from './Viewer.module.css'

const clamp = (value: number) => Math.min(8, Math.max(0.1, value))

/** An image with zoom (buttons, wheel) and pan (drag). */
export function ImageViewer({ documentId, name }: { documentId: number; name: string }) {
  const { t } = useTranslation()
  const [view, setView] = useState({ scale: 1, x: 0, y: 0 })
  const drag = useRef<{ x: number; y: number } | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const img = useRef<HTMLImageElement>(null)

  function fit(): void {
    const frame = box.current
    const image = img.current
    if (!frame || !image || !image.naturalWidth) return
    const scale = Math.min(
      frame.clientWidth / image.naturalWidth,
      frame.clientHeight / image.naturalHeight,
      1
    )
    setView({
      scale,
      x: (frame.clientWidth - image.naturalWidth * scale) / 2,
      y: (frame.clientHeight - image.naturalHeight * scale) / 2
    })
  }

  const zoomBy = (factor: number) => setView((v) => ({ ...v, scale: clamp(v.scale * factor) }))

  return (
    <>
      <Group className={classes.toolbar} gap="xs">
        <ActionIcon variant="default" aria-label={t('viewer.zoomOut')} onClick={() => zoomBy(1 / 1.25)}>
          <IconZoomOut size={16} />
        </ActionIcon>
        <Text size="xs" w={44} ta="center">
          {Math.round(view.scale * 100)}%
        </Text>
        <ActionIcon variant="default" aria-label={t('viewer.zoomIn')} onClick={() => zoomBy(1.25)}>
          <IconZoomIn size={16} />
        </ActionIcon>
        <Button size="xs" variant="default" onClick={fit}>
          {t('viewer.fitPage')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setView({ scale: 1, x: 0, y: 0 })}>
          100%
        </Button>
      </Group>
      <div
        ref={box}
        className={classes.image}
        onWheel={(e: WheelEvent) => zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1)}
        onPointerDown={(e: PointerEvent) => {
          drag.current = { x: e.clientX - view.x, y: e.clientY - view.y }
          e.currentTarget.setPointerCapture(e.pointerId)
        }}
        onPointerMove={(e: PointerEvent) => {
          const start = drag.current
          if (start) setView((v) => ({ ...v, x: e.clientX - start.x, y: e.clientY - start.y }))
        }}
        onPointerUp={() => {
          drag.current = null
        }}
      >
        <img
          ref={img}
          src={documentUrl(documentId)}
          alt={name}
          draggable={false}
          onLoad={fit}
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
        />
      </div>
    </>
  )
}
