import sanitizeHtml from 'sanitize-html';

/**
 * What a written part may hold: text formatting and tables, nothing that runs, links, loads or styles. Applied
 * when the text is kept and again when it is printed, so an old or hand-edited row cannot carry a script either.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'u',
    's',
    'h1',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'blockquote',
  ],
  allowedAttributes: { th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: [],
  allowProtocolRelative: false,
  // Script and style bodies go with their tags; other unknown tags leave their text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'svg', 'math'],
};

/** The written text cleaned to the allowlist; empty text (only tags and spaces) is null. */
export function cleanBodyHtml(html: string | null | undefined): string | null {
  if (!html) return null;
  const clean = sanitizeHtml(html, ALLOWED).trim();
  return hasText(clean) ? clean : null;
}

/** Whether the html says anything a reader sees. */
export function hasText(html: string | null | undefined): boolean {
  if (!html) return false;
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/&nbsp;|\s/g, '').length > 0;
}
