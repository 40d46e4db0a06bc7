// One Content-Security-Policy for both shells: nothing remote, no eval, no plugins.
// Mantine sets inline style attributes, hence 'unsafe-inline' for styles only.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // ipdesk: is the Electron shell's scheme for document bytes (the preview serves them from 'self').
  "img-src 'self' data: blob: ipdesk:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' ipdesk:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
