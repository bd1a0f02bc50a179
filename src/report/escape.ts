// Text from manifests is untrusted: it must never become markup, a mention, or break a table.

/** Escapes text for a markdown table cell or paragraph. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]#|<>~&]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@/g, '@\u200b');
}

/** A code span that the text cannot close, safe inside a table cell. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
