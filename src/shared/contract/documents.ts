// Contract calls for documents: vault imports, viewer, email intake, search, bundles.
export const documentCalls = {} as const
