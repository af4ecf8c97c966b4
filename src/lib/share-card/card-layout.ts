import { CARD_PROJECTS, type CardFacts } from './card-facts.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Satori's element shape: React-like objects, no React needed. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: Array<CardNode | string> | CardNode | string };
}

const PAD_X = 72;
const PAD_Y = 56;
const INNER = CARD_WIDTH - 2 * PAD_X;
const INK = '#f4f7fb';
const MUTED = '#9fb3c8';
const ACCENT = '#5eb1ff';

function el(type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode {
  return { type, props: { style, ...(children === undefined ? {} : { children }) } };
}

/** The card as a tree for Satori: site, host and kicker above, the title large, projects below. */
export function cardLayout(facts: CardFacts, fontFamily: string): CardNode {
  const shown = projectsThatFit(facts.projects.slice(0, CARD_PROJECTS), facts.projects.length);
  const more = facts.projects.length - shown.length;
  const chips = [...shown, ...(more > 0 ? [`+${more}`] : [])].map((name) =>
    el('div', { display: 'flex', flexShrink: 0, padding: '6px 18px', borderRadius: 999, border: `2px solid ${ACCENT}66`, color: INK, fontSize: 24, marginRight: 12 }, name),
  );
  const long = [...facts.title].length > (facts.lang === 'zh' ? 30 : 60);
  return el(
    'div',
    {
      width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
      // Margins, not padding: the root's own size must stay the card's.
      paddingLeft: PAD_X, fontFamily, color: INK,
      // One flat colour: a gradient made every pixel different, and each card 130 KB of PNG.
      backgroundColor: '#0e2a45',
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', marginTop: PAD_Y }, [
        el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', width: INNER }, [
          el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: ACCENT }, [
            el('div', { width: 22, height: 22, borderRadius: 6, backgroundColor: ACCENT, marginRight: 16 }),
            facts.site,
          ]),
          el('div', { display: 'flex', fontSize: 24, color: MUTED }, facts.host),
        ]),
        ...(facts.kicker ? [el('div', { display: 'flex', marginTop: 14, fontSize: 28, color: MUTED }, facts.kicker)] : []),
      ]),
      el('div', { display: 'flex', alignItems: 'center', width: INNER, height: 330 }, [
        el('div', { display: 'block', width: INNER, fontSize: long ? 52 : 62, fontWeight: 700, lineHeight: 1.3, lineClamp: 3 }, facts.title),
      ]),
      // One row of projects; those that do not fit are counted in a `+N` chip.
      el('div', { display: 'flex', width: INNER, height: 48, marginBottom: PAD_Y, overflow: 'hidden' }, chips.length ? chips : ''),
    ],
  );
}

// A chip's width from its name: about 13 px a character at 24 px, plus padding, border and gap.
const chipWidth = (name: string) => [...name].length * 13 + 52;

/** The leading projects whose chips fit on one row, leaving room for a `+N` chip when some are left out. */
function projectsThatFit(candidates: string[], total: number): string[] {
  const shown: string[] = [];
  let used = 0;
  for (const [index, name] of candidates.entries()) {
    const rest = total - index - 1;
    const reserve = rest > 0 ? chipWidth(`+${rest}`) : 0;
    if (used + chipWidth(name) + reserve > INNER) break;
    shown.push(name);
    used += chipWidth(name);
  }
  return shown;
}

/** Every character the card draws, for choosing font files. */
export function cardText(facts: CardFacts): string {
  return [facts.site, facts.kicker, facts.title, facts.host, ...facts.projects.slice(0, CARD_PROJECTS), '+0123456789…'].join('');
}
