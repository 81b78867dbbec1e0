// What a JavaScript team meets first: the example refused for the right rule, unknown
// names refused with the known ones listed, and Ajv's strict mode working with the vocabulary.
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { addVocabulary, isValid, schema, validate, venues, vocabulary } from "../index.mjs";

const ONDO = { market: "AAPL-USD.P", side: "buy", size: "20.30", runningTime: 3600, frequency: 60 };

test("a valid order is valid, and runningTime 3601 with frequency 60 is not", () => {
  assert.deepEqual(validate("ondo", "create_twap_order", ONDO), { valid: true, violations: [], unchecked: [] });
  const bad = validate("ondo", "create_twap_order", { ...ONDO, runningTime: 3601 });
  assert.equal(bad.valid, false);
  assert.deepEqual(bad.violations, [{ rule: "running_time_multiple_of_frequency", path: "/runningTime" }]);
  assert.equal(isValid("ondo", "create_twap_order", ONDO), true);
});

test("rules that need reference data are unchecked without it, and judged with it", () => {
  const frame = {
    type: "add_twap",
    params: {
      symbol: "AAPL-USD", side: "buy", total_quantity: "10", num_orders: 10,
      order_interval_secs: 60, reduce_only: false,
    },
  };
  const without = validate("qfex", "add_twap", frame);
  assert.ok(without.unchecked.includes("symbol_active"), JSON.stringify(without));
  const reference = { qfex: { symbols: { "AAPL-USD": { active: false, min_quantity: "0.1", quantity_precision: 2 } }, limits: { client_id_min_length: 1, client_id_max_length: 36 } } };
  const judged = validate("qfex", "add_twap", frame, { reference });
  assert.ok(judged.violations.some((v) => v.rule === "symbol_active"), JSON.stringify(judged));
});

test("unknown venues and messages are refused with the known names", () => {
  assert.throws(() => validate("ondx", "create_twap_order", {}), /unknown venue "ondx"; known venues: aevo, binance/);
  assert.throws(() => validate("ondo", "nope", {}), /unknown message "nope" for venue "ondo"; its messages: create_twap_order/);
});

test("every venue and message is listed, with its schema", () => {
  const listed = venues();
  assert.deepEqual(Object.keys(listed), ["aevo", "binance", "bybit", "dydx", "hyperliquid", "kraken", "okx", "ondo", "qfex"]);
  assert.equal(listed.ondo.create_twap_order, "request");
  assert.equal(schema("ondo", "create_twap_order").$id, "https://twapschema.dev/schemas/ondo/create_twap_order.schema.json");
});

test("Ajv's strict mode refuses twapschema's keywords until the vocabulary is added", () => {
  const s = schema("ondo", "create_twap_order");
  assert.throws(() => new Ajv2020({ strict: true }).compile(s), /unknown keyword/);
  for (const [venue, messages] of Object.entries(venues())) {
    const ajv = addFormats(addVocabulary(new Ajv2020({ strict: true, allowUnionTypes: true })));
    for (const message of Object.keys(messages)) ajv.compile(schema(venue, message));
  }
  assert.deepEqual(vocabulary.map((k) => k.keyword).sort(), ["x-twapschema", "x-twapschema-check", "x-twapschema-rules", "x-twapschema-wire"]);
});

test("every message schema and every venue bundle is a valid 2020-12 schema to Ajv", () => {
  const ajv = addFormats(addVocabulary(new Ajv2020({ strict: true, allowUnionTypes: true })));
  for (const [venue, messages] of Object.entries(venues())) {
    for (const message of Object.keys(messages)) {
      assert.ok(ajv.validateSchema(schema(venue, message)), `${venue}/${message}: ${ajv.errorsText(ajv.errors)}`);
    }
    const bundle = JSON.parse(readFileSync(new URL(`../schemas/${venue}.bundle.json`, import.meta.url), "utf8"));
    assert.ok(ajv.validateSchema(bundle), `${venue}.bundle.json: ${ajv.errorsText(ajv.errors)}`);
  }
});
