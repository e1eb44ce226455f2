/**
 * Sources of the clinical facts on option cards and cautions (keys follow the clinical notes'
 * source tags). Links only: the cards show them so that a reader can check each fact.
 */
const sources = {
  S56: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9095475',
  S57e: 'https://link.springer.com/article/10.2165%2F00023210-200923080-00001',
  S57f: 'https://wikisum.wiki/wiki/STAR*D',
  S61: 'https://www.silive.com/news/2019/03/fda-approves-new-nasal-spray-to-treat-depression.html',
  S63: 'https://advancedpsychiatryinc.com/spravato/',
  S64: 'https://zendy.io/title/10.1002/mhw.32471',
  S64b: 'https://www.spravatohcp.com/mdsi/efficacy',
  S65: 'https://www.beckershospitalreview.com/pharmacy/j-j-approves-1st-monotherapy-for-treatment-resistant-depression.html',
  S67: 'https://blackboxrx.com/warning/682',
  S68: 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=IndvRemsDetails.page&REMS=386',
  S69: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc',
  S70b: 'http://www.120ty.net/bencandy.php?aid=58243&fid=134&page=5',
  S72: 'https://www.usmedicine.com/2021online-dir/inc/html/30.html',
  S74: 'https://www.spravatohcp.com/dosing-and-administration',
  S76: 'https://viewer.joomag.com/discovering-you-magazine-february-2024-issue/0630909001490834231/p19',
  S76b: 'https://www.medicinenet.com/side_effects_of_esketamine_spravato/side-effects.htm',
  S77: 'https://pubmed.ncbi.nlm.nih.gov/37224232/',
  S77c: 'https://trials.co/clinical-trials-details/-/NCT03113968',
  S78: 'https://fairsquaremedicare.com/articles/does-medicare-cover-ketamine',
  S80: 'https://lexichronic.com/letter-10-october-fda-warns-patients-and-health-care-providers-about-potential-risks-associated-with-compounded-ketamine-products-including-oral-formulations-for-the-treatment-of-psychiatric-disord/',
  S81: 'https://scrippsnews.com/stories/fda-warns-of-risks-involved-with-compounded-ketamine-products',
  S83: 'https://dev2.psychiatrist.com/jcp/ketamine-for-depression-dosing-administration-and-duration',
  S84: 'https://avyia.com/rapid-and-longer-term-antidepressant-effects-of-repeated-ketamine-infusions-in-treatment-resistant-major-depression/',
  S86: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5098773',
  S87: 'https://link.springer.com/10.1007/s43440-020-00097-z',
  S88: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9154276',
  S89: 'https://docslib.org/doc/4347699/',
  S94: 'https://www.hkmj.org/abstracts/v28n6/466.htm',
  S95: 'https://www.nature.com/articles/s41380-018-0256-5',
  S96: 'https://pharmanewsintel.com/news/fda-approves-new-adjunctive-treatment-for-depression',
  S97: 'http://www.thecarlatreport.com/article/transcranial-magnetic-stimulation-approved-now-what-0',
  S98: 'https://regulations.justia.com/regulations/fedreg/2018/12/26/2018-27809.html',
} as const;

export default sources;
