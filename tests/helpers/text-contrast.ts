// Every visible piece of text on a page, with the colour it is drawn in and the
// background behind it, read from the browser's computed styles; and the WCAG 2
// contrast of each, computed by culori outside the page.
import { wcagContrast } from 'culori';
import type { Page } from 'playwright-core';

export interface TextColour {
  text: string;
  fg: string;
  bg: string;
  /** 18pt, or 14pt bold: WCAG asks 3:1 of large text, 4.5:1 of the rest. */
  large: boolean;
}

export function readTextColours(page: Page): Promise<TextColour[]> {
  return page.evaluate(() => {
    const opaque = (colour: string) => colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);
    const backgroundOf = (element: Element | null): string => {
      for (let node = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (opaque(colour)) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const found = new Map<string, { text: string; fg: string; bg: string; large: boolean }>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || !text || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (element.closest('.visually-hidden, noscript, script, style')) continue;
      const style = getComputedStyle(element);
      const fg = element.closest('svg') ? style.fill : style.color;
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const bg = backgroundOf(element);
      const key = `${fg}|${bg}|${large}`;
      if (!found.has(key)) found.set(key, { text: text.slice(0, 40), fg, bg, large });
    }
    return [...found.values()];
  });
}

/** The pairs below WCAG AA, each with its ratio. */
export function belowAA(colours: readonly TextColour[]): Array<TextColour & { ratio: number }> {
  return colours
    .map((colour) => ({ ...colour, ratio: Math.round(wcagContrast(colour.fg, colour.bg) * 100) / 100 }))
    .filter((colour) => colour.ratio < (colour.large ? 3 : 4.5));
}
