import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './styles.css'
import './i18n'
import { App } from './App'
import { preloadPage } from './routes'

// The page the window opens on loads while the app starts, not after its first render.
preloadPage(window.location.hash)

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
}
