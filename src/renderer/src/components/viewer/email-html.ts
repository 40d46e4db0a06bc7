// An email's HTML body is hostile until proven otherwise: DOMPurify keeps the text and its layout,
// and removes scripts, event handlers, forms, frames, styles that load anything, and every remote
// resource (a tracking pixel tells the sender when counsel read the letter).
import DOMPurify from 'dompurify'

const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'svg',
  'math'
]
const FORBID_ATTR = ['srcset', 'background', 'poster', 'action', 'formaction', 'ping', 'target']
// Inline images an email carries as data: URIs are kept; anything fetched (http, cid:, //host) is not.
const LOCAL_IMAGE = /^data:image\/(png|gif|jpe?g|webp);base64,/i
const SAFE_LINK = /^(https?:|mailto:)/i
const LOADS_SOMETHING = /url\s*\(|@import|expression\s*\(|image-set\s*\(/i

export interface SanitizedEmail {
  html: string
  /** Remote images and style references removed; the viewer says so. */
  blockedRemote: number
}

export function sanitizeEmailHtml(html: string): SanitizedEmail {
  const purify = DOMPurify(window)
  let blockedRemote = 0
  purify.addHook('afterSanitizeAttributes', (node) => {
    const src = node.getAttribute('src')
    if (src !== null && !LOCAL_IMAGE.test(src.trim())) {
      node.removeAttribute('src')
      blockedRemote++
    }
    const style = node.getAttribute('style')
    if (style !== null && LOADS_SOMETHING.test(style)) {
      node.removeAttribute('style')
      blockedRemote++
    }
    const href = node.getAttribute('href')
    if (href !== null) {
      // a link stays readable (its address shown on hover) but never navigates the app
      if (SAFE_LINK.test(href.trim())) node.setAttribute('title', href.trim())
      node.removeAttribute('href')
    }
  })
  const clean = purify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false
  })
  return { html: clean, blockedRemote }
}

/** The frame's document: the sanitised body, with its own CSP as a second line of defence. */
export function emailFrameDocument(body: string): string {
  const csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
  return `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><meta charset="utf-8"><style>body{font:14px/1.5 system-ui,sans-serif;margin:12px;overflow-wrap:anywhere}img{max-width:100%}</style></head><body>${body}</body></html>`
}
