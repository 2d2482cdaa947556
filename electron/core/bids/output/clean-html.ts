import sanitizeHtml from 'sanitize-html';

/**
 * What a written part may hold when it is printed: text formatting and tables only, no attributes but a cell's
 * colspan/rowspan — no images, links, scripts or styles, whatever was stored.
 */
const WRITTEN_PART: sanitizeHtml.IOptions = {
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
  disallowedTagsMode: 'discard',
};

/** A written part's HTML cleaned again right before printing (it was cleaned when stored; printing trusts nothing). */
export function cleanWrittenHtml(html: string): string {
  return sanitizeHtml(html, WRITTEN_PART);
}
