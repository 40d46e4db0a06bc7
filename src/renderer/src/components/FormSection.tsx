import type { ReactNode } from 'react'
import { Paper, Stack, Text, Title } from '@mantine/core'

/** A titled block of a long form; the heading doubles as the region's name. */
export function FormSection({
  title,
  description,
  children,
  id
}: {
  title: string
  description?: string
  children: ReactNode
  id?: string
}) {
  // Not aria-labelledby: a labelled region would compete with its fields for getByLabel.
  return (
    <Paper withBorder radius="sm" p="md" component="section" data-section={id}>
      <Stack gap="sm">
        <div>
          <Title order={5}>{title}</Title>
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  )
}
