/**
 * The facts about the programmes that the site may state as true, named so
 * that a prose page can list the ones it relies on. They restate the
 * university's "academic cooperation" page (SOURCE); anything else a page
 * says must come from a source it cites by address.
 */
import { z } from 'astro/zod';
import { isHttpUrl } from './common';

export const FACTS_SOURCE = 'https://atu.edu.kz/en/cooperation/academic-cooperation/';

export const FACTS = {
  host: 'The host is Almaty Technological University (ATU JSC) in Almaty, Kazakhstan.',
  'foreign-scientist':
    'In 2021 the Ministry of Education and Science of the Republic of Kazakhstan started the Foreign Scientist programme, paid from the republican budget, which invites foreign scientists to Kazakh universities.',
  aims: "The Foreign Scientist programme's stated aims: exchange of knowledge and good practice, stronger scientific ties, more research, better education, wider academic opportunities, integration into world science, an open and innovative educational space.",
  forms:
    'The Foreign Scientist programme funds scientific internships, lecture courses, joint research projects and other forms of cooperation.',
  'erasmus-icm': 'Erasmus+ International Credit Mobility, the EU-funded staff and student mobility programme, is a second channel at ATU.',
  figures:
    'Over three years, more than 300 professors from universities in 14 countries took part in the two programmes at ATU: Switzerland, Italy, Czechia, Poland, Austria, Bulgaria, Germany, Türkiye, Russia, Ukraine, Belarus, Kyrgyzstan, Uzbekistan, Tajikistan.',
  site: 'How this site itself works: example entries and their badge, counts made from the entries, the English fallback for missing translations, the automatic checks, the contact named in site.yaml.',
} as const;

export type FactId = keyof typeof FACTS;

const FACT_IDS = Object.keys(FACTS) as FactId[];

/** The list a prose page keeps in its front matter: which facts and sources its statements rest on. */
export const reliesOn = z
  .array(
    z
      .string()
      .trim()
      .refine((s) => (FACT_IDS as string[]).includes(s) || isHttpUrl(s), {
        error: (issue) =>
          `"${String(issue.input)}" is neither a known fact (${FACT_IDS.join(', ')}) nor a web address: use one of these names, or the full address of a source starting with https://`,
      }),
  )
  .min(1, { message: 'is empty: name at least one fact or source the page relies on' })
  .describe(
    `The facts this page states, so a reviewer can check each sentence against them: names of known facts (${FACT_IDS.join(
      ', ',
    )}; see src/schemas/facts.ts) or the web addresses of the sources cited.`,
  );
