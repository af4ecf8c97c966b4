import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardFacts } from './card-facts.ts';
import { fontFamily, fontsFor } from './card-fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, cardText } from './card-layout.ts';

/** Draws a card: Satori lays it out into SVG with the glyphs as paths, resvg paints the PNG. */
export async function renderCard(facts: CardFacts): Promise<Buffer> {
  const fonts = await fontsFor(cardText(facts), [400, 700]);
  const svg = await satori(cardLayout(facts, fontFamily(fonts)) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}
