/** The page sizes every list offers, and the one it starts with. */
export const PAGE_SIZES = [20, 50, 100, 200];
export const DEFAULT_PAGE_SIZE = 50;
/** A search-as-you-type picker fetches one short page of matches. */
export const PICKER_PAGE_SIZE = PAGE_SIZES[0]!;
/** "All of them" for a short list (carriers, checked notes): the most the core returns in one page. */
export const MAX_PAGE_SIZE = 500;
