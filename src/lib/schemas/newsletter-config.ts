import { z } from 'zod';

const address = z.email('expected an email address such as weekly@example.org');

/** The email edition of one language. */
export const newsletterEditionSchema = z
  .strictObject({
    /** The mailing-list addresses the issue is posted to; each gets its own message and its own entry in the sent log. */
    lists: z.array(address).min(1, 'list at least one address to send to'),
    /** The sender: a display name and an address the SMTP server may send from. */
    from: z.strictObject({
      /** Shown as the sender's name, in the edition's language. */
      name: z.string().min(1),
      /** The sending address. */
      address,
    }),
    /** Where replies go, when not to `from`. */
    replyTo: address.optional(),
    /** How a reader leaves the list: a web page, an address to write to, or both (List-Unsubscribe carries each). */
    unsubscribe: z
      .strictObject({
        /** An https page that unsubscribes; also announced for one-click unsubscribing (RFC 8058). */
        url: z.url({ protocol: /^https$/, error: 'expected an https:// address' }).optional(),
        /** An address that unsubscribes whoever writes to it. */
        mailto: address.optional(),
      })
      .refine((value) => value.url !== undefined || value.mailto !== undefined, 'give a url, a mailto address, or both'),
  });

/** `content/newsletter.yaml`: the email edition per language; a language left out is not sent. */
export const newsletterConfigSchema = z.strictObject({
  /** The Chinese edition. */
  zh: newsletterEditionSchema.optional(),
  /** The English edition. */
  en: newsletterEditionSchema.optional(),
});

export type NewsletterEdition = z.infer<typeof newsletterEditionSchema>;
export type NewsletterConfig = z.infer<typeof newsletterConfigSchema>;
