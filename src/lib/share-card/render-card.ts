import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { CardFacts } from './card-facts.ts';
import { fontFamily, fontsFor } from './card-fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, cardText } from './card-layout.ts';

// Cards are drawn beside the page rendering, on the one core it leaves free: libvips gets one
// thread, not one per core, and keeps no cache of images it will never see again.
sharp.concurrency(1);
sharp.cache(false);

/**
 * Draws a card: Satori lays it out into SVG with the glyphs as paths, resvg paints the
 * pixels, sharp (libimagequant) writes them as a palette PNG. A card is a few flat colours
 * and their anti-aliased edges, so 64 colours look the same as full colour at about a
 * third of the bytes (19 KB instead of 50 KB). zlib's level 6 rather than 9: writing the
 * PNG takes 15 ms instead of 22 for 5 % more bytes, and a build with an empty card cache
 * waits for the last cards (a ten-year archive draws over a thousand).
 */
export async function renderCard(facts: CardFacts): Promise<Buffer> {
  const fonts = await fontsFor(cardText(facts), [400, 700]);
  const svg = await satori(cardLayout(facts, fontFamily(fonts)) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, colours: 64, effort: 1, dither: 0, compressionLevel: 6 })
    .toBuffer();
}
