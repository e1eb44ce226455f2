/**
 * Sources of the clinical facts on option cards and cautions (names follow the clinical notes'
 * source tags). Links only: the cards show them so that a reader can check each fact. Import
 * as a namespace (`import * as s`): single constants let the build shorten every reference.
 */
export const S56 = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9095475';
export const S57e = 'https://link.springer.com/article/10.2165%2F00023210-200923080-00001';
export const S57f = 'https://wikisum.wiki/wiki/STAR*D';
export const S61 = 'https://www.silive.com/news/2019/03/fda-approves-new-nasal-spray-to-treat-depression.html';
export const S63 = 'https://advancedpsychiatryinc.com/spravato/';
export const S64 = 'https://zendy.io/title/10.1002/mhw.32471';
export const S64b = 'https://www.spravatohcp.com/mdsi/efficacy';
export const S65 = 'https://www.beckershospitalreview.com/pharmacy/j-j-approves-1st-monotherapy-for-treatment-resistant-depression.html';
export const S67 = 'https://blackboxrx.com/warning/682';
export const S68 = 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=IndvRemsDetails.page&REMS=386';
export const S69 = 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc';
export const S70b = 'http://www.120ty.net/bencandy.php?aid=58243&fid=134&page=5';
export const S72 = 'https://www.usmedicine.com/2021online-dir/inc/html/30.html';
export const S74 = 'https://www.spravatohcp.com/dosing-and-administration';
export const S76 = 'https://viewer.joomag.com/discovering-you-magazine-february-2024-issue/0630909001490834231/p19';
export const S76b = 'https://www.medicinenet.com/side_effects_of_esketamine_spravato/side-effects.htm';
export const S77 = 'https://pubmed.ncbi.nlm.nih.gov/37224232/';
export const S77c = 'https://trials.co/clinical-trials-details/-/NCT03113968';
export const S78 = 'https://fairsquaremedicare.com/articles/does-medicare-cover-ketamine';
export const S80 = 'https://lexichronic.com/letter-10-october-fda-warns-patients-and-health-care-providers-about-potential-risks-associated-with-compounded-ketamine-products-including-oral-formulations-for-the-treatment-of-psychiatric-disord/';
export const S81 = 'https://scrippsnews.com/stories/fda-warns-of-risks-involved-with-compounded-ketamine-products';
export const S83 = 'https://dev2.psychiatrist.com/jcp/ketamine-for-depression-dosing-administration-and-duration';
export const S84 = 'https://avyia.com/rapid-and-longer-term-antidepressant-effects-of-repeated-ketamine-infusions-in-treatment-resistant-major-depression/';
export const S86 = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5098773';
export const S87 = 'https://link.springer.com/10.1007/s43440-020-00097-z';
export const S88 = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9154276';
export const S89 = 'https://docslib.org/doc/4347699/';
export const S94 = 'https://www.hkmj.org/abstracts/v28n6/466.htm';
export const S95 = 'https://www.nature.com/articles/s41380-018-0256-5';
export const S96 = 'https://pharmanewsintel.com/news/fda-approves-new-adjunctive-treatment-for-depression';
export const S97 = 'http://www.thecarlatreport.com/article/transcranial-magnetic-stimulation-approved-now-what-0';
export const S98 = 'https://regulations.justia.com/regulations/fedreg/2018/12/26/2018-27809.html';
