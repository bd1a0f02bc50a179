// Markdown as GitHub renders it (CommonMark + GFM tables, autolinks, strikethrough), with raw HTML
// let through, so that a test sees any markup that untrusted text could smuggle in.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
}

/** Every element name in rendered HTML, once each. */
export function tagsOf(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => (m[1] as string).toLowerCase()),
    ),
  ].sort();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text of an HTML fragment: tags dropped, character references decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X'))
        return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
      return ENTITIES[ref] ?? whole;
    });
}

/** The text a reader sees outside code spans and blocks, where GitHub links and mentions. */
export function proseOf(html: string): string {
  return textOf(html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, ' '));
}

/** What GitHub would turn into a mention, an issue reference or a link in prose. */
export const LINKABLE = /@[A-Za-z0-9]|#\d|\bGH-\d|https?:\/\/|\bwww\./i;

/** The cells of each table row, as HTML. */
export function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] as string).matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1] as string),
  );
}
