/**
 * US brand names a typed medicine name is matched by (CLINICAL.md §6.3), by the option id of the
 * medicine in the list: the brands the sources confirmed (the ones the list shows), with the short
 * forms people type ("Wellbutrin" for Wellbutrin SR/XL). Brands the sources did not confirm are
 * left out on purpose: such a typed name stays unmatched and is named for the doctor to check.
 */
const medicineBrands: Readonly<Record<string, readonly string[]>> = {
  citalopram: ['Celexa'],
  escitalopram: ['Lexapro'],
  fluoxetine: ['Prozac'],
  paroxetine: ['Paxil'],
  sertraline: ['Zoloft'],
  venlafaxine: ['Effexor XR', 'Effexor'],
  duloxetine: ['Cymbalta'],
  bupropion: ['Wellbutrin SR/XL', 'Wellbutrin', 'Wellbutrin SR', 'Wellbutrin XL'],
  mirtazapine: ['Remeron'],
  'dextromethorphan-bupropion': ['Auvelity'],
};

export default medicineBrands;
