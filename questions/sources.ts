/**
 * Sources of the clinical facts on option cards and cautions, named by the clinical notes'
 * source tags. Patients see these links, so each is the primary publisher's own page for the
 * fact: the FDA (approvals, warnings, clearances), the label on DailyMed, the trial's paper by
 * its DOI or PubMed page, or its registration on ClinicalTrials.gov. Where the notes cite a
 * secondary copy (news, a blog), the notes keep it for reviewers and the link here is the primary
 * document. A fact with no primary page (insurance coverage) is shown without a link. The hosts
 * allowed here are listed in `primary-publishers.ts`, and a test holds every link to that list.
 * Import as a namespace (`import * as s`): single constants let the build shorten every reference.
 */

/** Spravato's label (all sections: indications, boxed warning, dosing, warnings, interactions). */
const SPRAVATO_LABEL = 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d81a6a79-a74a-44b7-822c-0dfa3036eaed';
/** Spravato's FDA application (NDA 211243): every approval, with its date and label. */
const SPRAVATO_APPROVALS = 'https://www.accessdata.fda.gov/scripts/cder/daf/index.cfm?event=overview.process&ApplNo=211243';
/** FDA, 10 Oct 2023: compounded ketamine; ketamine is approved as an anaesthetic, not for depression. */
const FDA_KETAMINE_WARNING =
  'https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine';

/** TRD definitions (Sforzini et al. 2022). */
export const S56 = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9095475';
/** STAR*D review (Rush et al. 2009, CNS Drugs). */
export const S57e = 'https://doi.org/10.2165/00023210-200923080-00001';
/** STAR*D level 3, lithium or thyroid hormone added (Nierenberg et al. 2006, Am J Psychiatry). */
export const S57f = 'https://doi.org/10.1176/appi.ajp.163.9.1519';
/** FDA, 5 Mar 2019: the approval, who it is for, its common effects. */
export const S61 =
  'https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified';
/** Bladder problems among esketamine's effects (label, warnings). */
export const S63 = SPRAVATO_LABEL;
/** The 2020 approval for depression with sudden suicidal thoughts. */
export const S64 = SPRAVATO_APPROVALS;
/** Limitations of use (label, indications). */
export const S64b = SPRAVATO_LABEL;
/** The January 2025 approval on its own. */
export const S65 = SPRAVATO_APPROVALS;
/** The monotherapy trial behind it (Janik et al. 2025, JAMA Psychiatry). */
export const S65trial = 'https://doi.org/10.1001/jamapsychiatry.2025.1317';
/** Boxed warning (label). */
export const S67 = SPRAVATO_LABEL;
/** REMS: certified clinics, supervised use. */
export const S68 = 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=IndvRemsDetails.page&REMS=386';
/** Two hours of watching, no driving until the next day, blood pressure (label). */
export const S69 = SPRAVATO_LABEL;
/** Psychosis (label, warnings). */
export const S70b = SPRAVATO_LABEL;
/** Contraindications (label). */
export const S72 = SPRAVATO_LABEL;
/** Dosing schedule (label). */
export const S74 = SPRAVATO_LABEL;
/** Pregnancy and breastfeeding (label). */
export const S76 = SPRAVATO_LABEL;
/** Interactions with sedatives, stimulants and MAOIs (label). */
export const S76b = SPRAVATO_LABEL;
/** ELEKT-D, ketamine vs ECT (Anand et al. 2023, NEJM). */
export const S77 = 'https://pubmed.ncbi.nlm.nih.gov/37224232/';
/** ELEKT-D's registration, with who could take part (NCT03113968). */
export const S77c = 'https://clinicaltrials.gov/study/NCT03113968';
/** Ketamine is not FDA-approved for depression (off-label). */
export const S80 = FDA_KETAMINE_WARNING;
/** The 2023 warning itself: compounded and at-home ketamine, bladder problems. */
export const S81 = FDA_KETAMINE_WARNING;
/** Ketamine doses, routes and monitoring (Andrade 2017, J Clin Psychiatry). */
export const S83 = 'https://doi.org/10.4088/JCP.17f11738';
/** Repeated infusions, time to relapse (Murrough et al. 2013, Biol Psychiatry). */
export const S84 = 'https://doi.org/10.1016/j.biopsych.2012.06.022';
/** One infusion, response at 24 hours (Han et al. 2016). */
export const S86 = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5098773';
/** How long one infusion's effect lasts (Pharmacol Rep 2020). */
export const S87 = 'https://doi.org/10.1007/s43440-020-00097-z';
/** KetECT, ECT vs ketamine (Ekstrand et al. 2022). */
export const S88 = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9154276';
/** Sublingual ketamine case series (Lara et al. 2013, Int J Neuropsychopharmacol). */
export const S89 = 'https://doi.org/10.1017/S1461145713000485';
/** Ketamine and the bladder, meta-analysis (Chan et al. 2022, Hong Kong Med J). */
export const S94 = 'https://www.hkmj.org/abstracts/v28n6/466.htm';
/** Add-on medicines approved with an antidepressant (Mol Psychiatry 2019). */
export const S95 = 'https://doi.org/10.1038/s41380-018-0256-5';
/** Cariprazine's approvals, the add-on one in December 2022 (NDA 204370). */
export const S96 = 'https://www.accessdata.fda.gov/scripts/cder/daf/index.cfm?event=overview.process&ApplNo=204370';
/** The first TMS clearance, October 2008 (510(k) K061053). */
export const S97 = 'https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfpmn/pmn.cfm?ID=K061053';
/** FDA's 2018 order on ECT devices, as indexed by PubMed (Fed Regist 2018;83:66103). */
export const S98 = 'https://pubmed.ncbi.nlm.nih.gov/30596410/';
