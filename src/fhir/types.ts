/** The parts of FHIR R4 `Questionnaire`, `QuestionnaireResponse` and `Bundle` this package writes. */

export interface Coding {
  code: string;
  display?: string;
}

export type EnableOperator = 'exists' | '=' | '!=';

export interface EnableWhen {
  /** The linkId of an earlier question. */
  question: string;
  operator: EnableOperator;
  answerCoding?: Coding;
  answerBoolean?: boolean;
}

export type ItemType = 'group' | 'display' | 'choice' | 'string' | 'decimal' | 'integer';

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: ItemType;
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  enableWhen?: EnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: Array<{ valueCoding: Coding }>;
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
