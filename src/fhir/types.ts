/** The parts of FHIR R4 `Questionnaire`, `QuestionnaireResponse` and `Bundle` this package writes. */

export interface Coding {
  /** LOINC (`http://loinc.org`) or the bank's own code system (see `codes.ts`). */
  system?: string;
  /** The code system's version: the bank's version for the bank's own codes. */
  version?: string;
  code: string;
  display?: string;
}

/** A FHIRPath expression (R4 `Expression`), as SDC's calculatedExpression and variable use it. */
export interface Expression {
  name?: string;
  language: 'text/fhirpath';
  expression: string;
}

export type EnableOperator = 'exists' | '=' | '!=';

export interface EnableWhen {
  /** The linkId of an earlier question. */
  question: string;
  operator: EnableOperator;
  answerCoding?: Coding;
  answerBoolean?: boolean;
}

export interface AnswerOption {
  /** An option's score, as R4's ordinalValue extension (PHQ-9 items: 0–3). */
  extension?: Extension[];
  valueCoding: Coding;
}

export type ItemType = 'group' | 'display' | 'choice' | 'string' | 'decimal' | 'integer';

export interface QuestionnaireItem {
  /** The total's SDC calculatedExpression and the variable it reads. */
  extension?: Extension[];
  linkId: string;
  /** LOINC codes of the PHQ-9 panel, its items and its total. */
  code?: Coding[];
  text?: string;
  type: ItemType;
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  enableWhen?: EnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: AnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  subjectType: ['Patient'];
  language: string;
  item: QuestionnaireItem[];
}

export interface ResponseAnswer {
  valueCoding?: Coding;
  valueString?: string;
  valueDecimal?: number;
  valueInteger?: number;
}

/**
 * A FHIR extension: a simple one has one value[x]; a complex one has only extensions, whose
 * `url`s are the names of its parts (ext-1: never both).
 */
export interface Extension {
  url: string;
  valueCoding?: Coding;
  valueString?: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueExpression?: Expression;
  extension?: Extension[];
}

export interface ResponseItem {
  extension?: Extension[];
  linkId: string;
  text?: string;
  answer?: ResponseAnswer[];
  item?: ResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  /** Canonical of the questionnaire, with its version: `url|version`. */
  questionnaire: string;
  /** `stopped` when the screen ended early for safety (no result exists then). */
  status: 'completed' | 'stopped' | 'in-progress';
  authored: string;
  language: string;
  item: ResponseItem[];
}

export interface Bundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: Array<{ resource: Questionnaire | QuestionnaireResponse }>;
}
