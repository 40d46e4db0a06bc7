/** After a failed save, bring the first field with an error into view and focus it. */
export function revealFirstError(container: HTMLElement | null): void {
  // Wait a frame so the error messages have rendered.
  requestAnimationFrame(() => {
    const field = container?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')
    if (!field) return
    field.scrollIntoView({ block: 'center', behavior: 'smooth' })
    if (field.matches('input, textarea, select')) field.focus({ preventScroll: true })
  })
}
