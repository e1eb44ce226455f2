/**
 * The publishers whose pages a patient may be sent to, with their web hosts: the clinical notes'
 * list of acceptable sources (primary only). Every web link in the content, in every language
 * (option facts, cautions, crisis resources), must be on one of these hosts, or on its "www."
 * form; a test holds it to that. For reviewers and tests: the element never imports this file.
 * Adding a host here means adding a publisher to the clinical notes' list first.
 */
export const PRIMARY_PUBLISHERS: ReadonlyArray<{ publisher: string; hosts: readonly string[] }> = [
  { publisher: 'FDA', hosts: ['fda.gov', 'accessdata.fda.gov'] },
  { publisher: 'DailyMed (NIH National Library of Medicine)', hosts: ['dailymed.nlm.nih.gov'] },
  { publisher: 'NIMH', hosts: ['nimh.nih.gov'] },
  { publisher: 'NIH: PubMed, PubMed Central, ClinicalTrials.gov', hosts: ['pubmed.ncbi.nlm.nih.gov', 'pmc.ncbi.nlm.nih.gov', 'clinicaltrials.gov'] },
  { publisher: 'DOI resolver (the journal of the paper)', hosts: ['doi.org'] },
  { publisher: 'SAMHSA', hosts: ['samhsa.gov'] },
  { publisher: 'CMS and Medicare', hosts: ['cms.gov', 'medicare.gov'] },
  { publisher: 'NICE and the NHS', hosts: ['nice.org.uk', 'nhs.uk'] },
  {
    publisher: 'Crisis services, their own sites',
    hosts: [
      '988lifeline.org',
      'veteranscrisisline.net',
      'crisistextline.org',
      '988.ca',
      'samaritans.org',
      'giveusashout.org',
      'lifeline.org.au',
      '1737.org.nz',
      'findahelpline.com',
    ],
  },
  { publisher: 'Journals of the studies cited (their own sites)', hosts: ['hkmj.org'] },
];

