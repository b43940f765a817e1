import { describe, expect, it } from 'vitest';
import { isValidOrcid, orcidCheckCharacter, orcid, ror, doi, scopusAuthorId, googleScholarId } from '~/schemas/identifiers';
import { problemsOf } from '../../helpers/schema';

describe('ORCID iD', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(orcidCheckCharacter('000000021825009')).toBe('7');
    expect(orcidCheckCharacter('000000021694233')).toBe('X');
  });

  it('accepts iDs with a correct check character, bare or as a URL, and stores the bare form', () => {
    expect(isValidOrcid('0000-0002-1825-0097')).toBe(true);
    expect(isValidOrcid('0000-0002-1694-233X')).toBe(true);
    expect(orcid.parse('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
  });

  it('refuses a wrong check digit with a message that says how to fix it', () => {
    expect(isValidOrcid('0000-0002-1825-0098')).toBe(false);
    expect(problemsOf(orcid, '0000-0002-1825-0098')).toEqual([
      '-: has a wrong check digit: copy the iD again from the person\u2019s orcid.org page',
    ]);
  });

  it('refuses the wrong shape', () => {
    expect(problemsOf(orcid, '0000-0002-1825')).toEqual([
      '-: must look like 0000-0002-1825-0097 (four groups of four digits; the last may be X)',
    ]);
  });
});

describe('other identifiers', () => {
  it('ROR: accepts id or URL, refuses letters outside Crockford base32', () => {
    expect(ror.parse('https://ror.org/03yrm5c26')).toBe('03yrm5c26');
    expect(problemsOf(ror, '03yrm5cu6')).toEqual(['-: must look like 03yrm5c26 or https://ror.org/03yrm5c26']);
  });

  it('DOI: accepts bare or doi.org form, refuses other text', () => {
    expect(doi.parse('https://doi.org/10.5555/12345678')).toBe('10.5555/12345678');
    expect(problemsOf(doi, 'doi:10.5555/1')).toEqual(['-: must look like 10.1000/xyz123 or https://doi.org/10.1000/xyz123']);
  });

  it('Scopus and Google Scholar ids are format-checked', () => {
    expect(problemsOf(scopusAuthorId, '57193456789')).toEqual([]);
    expect(problemsOf(scopusAuthorId, 'abc')).toHaveLength(1);
    expect(problemsOf(googleScholarId, 'qc6CJjYAAAAJ')).toEqual([]);
    expect(problemsOf(googleScholarId, 'https://scholar.google.com/citations?user=qc6CJjYAAAAJ')).toHaveLength(1);
  });
});
