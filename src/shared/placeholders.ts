/**
 * The sample values that the copy-me templates (content/_templates/) and
 * `npm run new` write, in one place: the scaffold writes its texts from here,
 * the validator refuses them (rules/placeholders.ts), and a test checks that
 * every sample value in the templates is refused, so the two cannot drift.
 *
 * Two kinds: texts that show where something is still to be written, which no
 * entry may keep, not even an invented example; and sample identifiers and
 * web addresses, which look real but lead nowhere, and which only invented
 * (`example: true`) entries may use.
 */

/** The text `npm run new` writes under a new professor's fields, where the English biography goes. */
export const BIOGRAPHY_PLACEHOLDER =
  'Write the biography here in English, in plain Markdown (no HTML): education, research,\nand what the person did at the university. Two or three short paragraphs.';

/** The text `npm run new` and the template write under a new project's fields, where the project's description goes. */
export const PROJECT_TEXT_PLACEHOLDER =
  'Describe the project here in English, in plain Markdown (no HTML): the question,\nthe method, who does what, and what has come out of it so far.';

/** Texts that say something is still to be written: refused in every entry. */
export const PLACEHOLDER_TEXTS: readonly string[] = [
  BIOGRAPHY_PLACEHOLDER,
  PROJECT_TEXT_PLACEHOLDER,
  'Write the biography here in English, in plain Markdown (no HTML). Two or three\nshort paragraphs: education, research, and what the person did at the university.',
  'Биография на русском языке.',
  'Биография на казахском языке.',
  'Title of the joint article',
  'Title of the course',
  'Name of the journal',
  'Official name of the institution',
  'Официальное название организации',
  'Ұйымның ресми атауы',
  'Name of the city',
  'Название города',
  'Қаланың атауы',
];

/**
 * Openings of the placeholder texts above, found anywhere in a text: an editor
 * who writes the biography under the placeholder and forgets to delete it.
 */
export const PLACEHOLDER_OPENINGS: readonly string[] = ['Write the biography here', 'Describe the project here'];

/** A stand-alone "..." or "…" marks text still to be written: "Department of ...", "Portrait of ...", "https://...". */
export const ELLIPSIS = /(?:^|[\s/(:])(?:\.{3}|…)(?=$|[\s,;:)/])/;

/** Sample values of the templates that look real: refused in real (not `example: true`) entries. */
export const SAMPLE_VALUES: readonly string[] = [
  // ORCID's own documented sample iD.
  '0000-0002-1825-0097',
  // The DOI Handbook's sample DOI.
  '10.1000/xyz123',
  'AP00000000',
  'Aigerim Example',
  'Quality of dried fruit from southern Kazakhstan',
  'A joint study of how drying methods change the quality of apricots and apples.',
  'Food engineer who taught a course on food preservation and started a joint study of dried fruit.',
  // The Research Organization Registry's sample id.
  '03yrm5c26',
];

/** Host names reserved for examples (RFC 2606): no real page is there. */
export const EXAMPLE_HOST = /(?:^|\.)example\.(?:com|org|net|edu)$/i;

/** One form for comparing texts: spaces and line breaks collapsed, the ends trimmed. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const TEXTS = new Set(PLACEHOLDER_TEXTS.map((t) => squash(t).toLowerCase()));
const SAMPLES = new Set(SAMPLE_VALUES.map((t) => squash(t).toLowerCase()));

/** Whether a web address is on a host reserved for examples, e.g. https://www.example.edu/people/anna-novak. */
function onExampleHost(text: string): boolean {
  try {
    return EXAMPLE_HOST.test(new URL(text).hostname);
  } catch {
    return false;
  }
}

/** The kind of placeholder `text` is, if any: `text` for one no entry may keep, `sample` for one only an example entry may keep. */
export function placeholderKind(text: string): 'text' | 'sample' | undefined {
  const s = squash(text);
  const lower = s.toLowerCase();
  if (TEXTS.has(lower) || ELLIPSIS.test(s) || PLACEHOLDER_OPENINGS.some((o) => lower.includes(o.toLowerCase()))) return 'text';
  // A DOI or ORCID iD is also accepted as its https:// address.
  const bare = lower.replace(/^https:\/\/(?:doi|orcid|ror)\.org\//, '');
  if (SAMPLES.has(lower) || SAMPLES.has(bare) || onExampleHost(s)) return 'sample';
  return undefined;
}
