import type { z } from 'zod';

/** Formats a zod issue path the way people write it: `related[2]`, `sources[0].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Turns zod issues into `file: field: message (got value)` lines. */
export function describeIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = formatPath(issue.path) || '(front matter)';
    if (issue.code === 'unrecognized_keys') {
      return `${file}: ${issue.keys.map((k) => formatPath([...issue.path, k])).join(', ')}: unknown field`;
    }
    const value = valueAt(data, issue.path);
    const got = value === undefined ? 'missing' : `got ${show(value)}`;
    return `${file}: ${field}: ${issue.message} (${got})`;
  });
}
