/** The kinds of entry, in the order the catalogue lists them. */
export const ENTRY_KINDS = ['role', 'level', 'comparison', 'scenario', 'concept', 'guide', 'faq'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Folder under `content/` that holds each kind (plural, as people browse them). */
export const KIND_FOLDERS: Record<EntryKind, string> = {
  role: 'roles',
  level: 'levels',
  comparison: 'comparisons',
  scenario: 'scenarios',
  concept: 'concepts',
  guide: 'guides',
  faq: 'faqs',
};
