// The generated AsyncAPI documents (generated/asyncapi/, QFEX's WebSocket) read by the AsyncAPI
// Initiative's own parser, every $ref followed: no error or warning (`make test` runs it).
import { strict as assert } from "node:assert";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Parser, fromFile } from "@asyncapi/parser";

const directory = fileURLToPath(new URL("../../generated/asyncapi/", import.meta.url));
const files = readdirSync(directory).filter((f) => f.endsWith(".asyncapi.json"));

test("there is an AsyncAPI document for QFEX", () => assert.deepEqual(files, ["qfex.asyncapi.json"]));

for (const file of files) {
  test(`${file} parses with no error or warning, each message's payload resolved`, async () => {
    const { document, diagnostics } = await fromFile(new Parser(), `${directory}${file}`).parse();
    // Spectral's severities: 0 error, 1 warning, 2 information, 3 hint.
    const serious = diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.code}: ${d.message} at ${d.path.join("/")}`);
    assert.deepEqual(serious, []);
    assert.ok(document !== undefined);
    const sent = document.operations().all().filter((o) => o.action() === "send").map((o) => o.messages().all()[0].id());
    assert.deepEqual(sent.sort(), ["add_twap", "auth", "cancel_order"]);
    for (const message of document.messages().all()) {
      assert.ok(message.payload().json().schema.properties, `${message.id()}: payload not resolved`);
    }
  });
}
