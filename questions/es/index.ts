/** Everything the screener says in Spanish, by the English content's ids (see `translation.ts`). */
import type { Translation } from '../../src/content-types.js';
import bank from './bank.es.js';
import cautions from './cautions.es.js';
import crisis from './crisis.es.js';
import options from './options.es.js';
import reasons from './reasons.es.js';
import resultCopy from './result-copy.es.js';
import ui from './ui.es.js';

const spanish: Translation = { locale: 'es', bank, ui, crisis, options, cautions, reasons, resultCopy };

export default spanish;
