// Every venue's bundle (all its messages in one schema) read by json-schema-to-typescript, as
// a TypeScript team would feed it: each message becomes a type. (The second validator, the
// bundles against the message files over every vector: tests/test_json_schemas.py.)
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { compile } from "json-schema-to-typescript";
import { venues } from "../index.mjs";

for (const venue of Object.keys(venues())) {
  test(`json-schema-to-typescript reads ${venue}.bundle.json`, async () => {
    const bundle = JSON.parse(readFileSync(new URL(`../schemas/${venue}.bundle.json`, import.meta.url), "utf8"));
    const source = await compile(bundle, "Bundle", { bannerComment: "", format: false, unreachableDefinitions: true });
    for (const message of Object.keys(venues()[venue])) {
      // Each message is a type of its own, named from its title, found by its definition.
      assert.ok(source.includes(`via the \`definition\` "${message}"`), `${venue}: no type for ${message}`);
    }
  });
}
