/** Site-wide settings in `content/site.yaml`. */
import { z } from 'astro/zod';
import { httpUrl, line, localized, ref } from './common';

/** The university's page on academic cooperation, which the programme's facts cite: the contact page until another is set. */
export const CONTACT_PAGE = 'https://atu.edu.kz/en/cooperation/academic-cooperation/';

export const siteSchema = z
  .object({
    title: localized('Name of the site, shown in the header and in browser tabs.'),
    tagline: localized('One sentence about the site, used as the description of its home page for search engines and link previews.'),
    baseUrl: httpUrl('Address where the site is published, used for canonical links, e.g. https://example.github.io/showcase/'),
    host: ref('institutions', 'almaty-technological-university').describe(
      'Id of the host university in institutions; visits take place there unless a visit names another host.',
    ),
    contact: z
      .object({
        office: localized('Name of the office that answers questions from visiting professors.'),
        email: z
          .email({ error: 'must be an e-mail address, e.g. international@example.kz' })
          .optional()
          .describe(
            'E-mail address of that office, once it is confirmed for publication. While it is missing, the site says the details are being confirmed and `npm run validate` warns.',
          ),
        phone: line('Telephone number of that office with country code, e.g. +7 727 000 00 00.', 40).optional(),
        address: localized('Postal address of that office: street and building, city, postcode, country.').optional(),
        url: httpUrl(`Web page where the office lists its contact details; when left out, ${CONTACT_PAGE}`)
          .optional()
          .default(CONTACT_PAGE)
          .describe(`Web page where the office lists its contact details; when left out, ${CONTACT_PAGE}`),
      })
      .strict()
      .describe('Who prospective professors should write to.'),
    programmeFigures: z
      .object({
        professors: z.number().int().positive().describe('Number of professors the university reports (shown as "more than N"), e.g. 300.'),
        countries: z.number().int().positive().describe('Number of countries they came from, e.g. 14.'),
        since: z.number().int().min(1950).max(2100).describe('First year covered by these figures.'),
        source: httpUrl('Where the university states these figures.').optional(),
      })
      .strict()
      .describe(
        'The programme-level figures the university itself publishes. Shown as its figures, never mixed with counts of site entries.',
      ),
  })
  .strict();

export type SiteData = z.infer<typeof siteSchema>;
