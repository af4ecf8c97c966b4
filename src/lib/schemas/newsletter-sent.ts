import { z } from 'zod';
import { LOCALES } from '#lib/i18n/locales.ts';

/** One message the SMTP server accepted. */
export const sentEntrySchema = z.strictObject({
  /** The issue's date, `2023-01-30`. */
  issue: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD'),
  /** The language of the edition sent. */
  lang: z.enum(LOCALES),
  /** The list address it went to. */
  list: z.email(),
  /** When the server accepted it, as an ISO 8601 UTC time. */
  at: z.iso.datetime(),
  /** The message's Message-ID, to find it in the list's archive. */
  messageId: z.string().min(1),
});

/** `content/newsletter-sent.yaml`: every issue sent, so no machine sends one to the same list twice by mistake. */
export const sentLogSchema = z.strictObject({
  /** Oldest first; npm run newsletter appends. */
  sent: z.array(sentEntrySchema),
});

export type SentEntry = z.infer<typeof sentEntrySchema>;
