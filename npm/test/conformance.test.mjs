// The package's validate() over every conformance vector of every venue: the verdict, the
// violated rule ids with their paths, and the unchecked rules must be what twapschema.validate
// gave in Python (recorded in each vector).
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { validate, venues } from "../index.mjs";

const root = new URL("../../", import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), "utf8"));
const key = (v) => `${v.rule} ${v.path}`;
const byVenue = Object.fromEntries(Object.keys(venues()).map((v) => [v, readJson(`generated/conformance/${v}.json`)]));

for (const [venue, document] of Object.entries(byVenue)) {
  test(`${venue}: every conformance vector gets Python's verdict`, () => {
    let checked = 0;
    const disagreements = [];
    for (const vector of document.vectors) {
      const reference = vector.with_reference ? { [venue]: document.reference } : undefined;
      const got = validate(venue, vector.message, vector.payload, { reference });
      const same =
        got.valid === vector.valid &&
        JSON.stringify(got.violations.map(key).sort()) === JSON.stringify(vector.violations.map(key).sort()) &&
        JSON.stringify(got.unchecked) === JSON.stringify([...vector.unchecked].sort());
      if (!same) {
        disagreements.push(
          `${vector.message}: ${vector.description}\n  payload:  ${JSON.stringify(vector.payload)}\n` +
            `  expected: ${JSON.stringify(vector.violations.map(key).sort())} unchecked ${JSON.stringify(vector.unchecked)}\n` +
            `  got:      ${JSON.stringify(got.violations.map(key).sort())} unchecked ${JSON.stringify(got.unchecked)}`,
        );
      }
      checked += 1;
    }
    assert.ok(checked > 0, `${venue} has no vectors`);
    assert.deepEqual(disagreements, []);
  });
}
