export interface ItemTag {
  ref: string;
  /** 1-based line within the text searched. */
  line: number;
}

const ITEM_TAG = /<Item\s+ref=(["'])(.*?)\1/g;

/** Finds every `<Item ref="…" />` an issue body places, in order. */
export function findItemTags(body: string): ItemTag[] {
  return [...body.matchAll(ITEM_TAG)].map((match) => ({
    ref: match[2]!,
    line: body.slice(0, match.index).split('\n').length,
  }));
}
