// @nktkas/hyperliquid (the most used TypeScript SDK for Hyperliquid): what twapOrder and
// twapCancel put on the wire. globalThis.fetch is replaced by a recorder; the wallet is a stub
// that returns a fixed signature (nothing real is signed); the nonce is fixed. Run by hand:
//
//   npm install --prefix /tmp/capture-node @nktkas/hyperliquid@0.33.3
//   NODE_PATH=/tmp/capture-node/node_modules node corpus/capture/capture_nktkas_hyperliquid.mjs
//
// (NODE_PATH does not apply to ESM imports; the script imports from that folder by path.)
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const modules = process.env.CAPTURE_NODE_MODULES ?? "/tmp/capture-node/node_modules";
const pkg = join(modules, "@nktkas", "hyperliquid");
const { HttpTransport, ExchangeClient } = await import(pathToFileURL(join(pkg, "esm", "mod.js")).href);
const version = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;
const FIXED_MILLISECONDS = 1641522717552;

const sent = [];
globalThis.fetch = async (url, init) => {
  sent.push({
    method: init?.method ?? "GET",
    url: String(url),
    content_type: new Headers(init?.headers).get("content-type"),
    body: init?.body ?? null,
  });
  const reply = { status: "ok", response: { type: "twapOrder", data: { status: { running: { twapId: 77738308 } } } } };
  return new Response(JSON.stringify(reply), { headers: { "content-type": "application/json" } });
};
const wallet = {
  address: "0x0000000000000000000000000000000000000001",
  async signTypedData(_args) {
    return `0x${"11".repeat(32)}${"22".repeat(32)}1b`;
  },
};
const exchange = new ExchangeClient({ transport: new HttpTransport(), wallet, nonceManager: () => FIXED_MILLISECONDS });
const HL = "Exchange endpoint";
const cases = [];
async function take(id, message, fn, args, expect) {
  sent.length = 0;
  await exchange[fn](...args);
  cases.push({ id, message, function: `ExchangeClient.${fn}`, arguments: args, request: sent.at(-1), expect });
}
await take("documented-example", "exchange_twap_order", "twapOrder",
  [{ twap: { a: 0, b: true, s: "1", r: false, m: 10, t: true } }],
  { verdict: "accept", basis: `${HL}, Place a TWAP order; the SDK's @example` });
await take("size-with-trailing-zero", "exchange_twap_order", "twapOrder",
  [{ twap: { a: 0, b: true, s: "1.0", r: false, m: 10, t: false } }],
  { verdict: "accept", basis: "the SDK normalises the size \"1.0\" to \"1\" before signing and sending" });
await take("vault-and-expiry", "exchange_twap_order", "twapOrder",
  [{ twap: { a: 1, b: false, s: "0.5", r: true, m: 1440, t: false } },
   { vaultAddress: "0x000000000000000000000000000000000000ABCD", expiresAfter: FIXED_MILLISECONDS + 60000 }],
  { verdict: "accept", basis: `${HL}: vaultAddress (sent lower-cased by the SDK) and expiresAfter` });
await take("cancel", "exchange_twap_cancel", "twapCancel", [{ a: 0, t: 77738308 }],
  { verdict: "accept", basis: `${HL}, Cancel a TWAP order` });
let refused = null;
try {
  await exchange.twapOrder({ twap: { a: 0, b: true, s: "1", r: false, m: 2000, t: false } });
} catch (error) {
  refused = `${error.name}: ${error.message.split("\n")[0]}`;
}
const document = {
  venue: "hyperliquid",
  client: { package: "@nktkas/hyperliquid", version, language: "typescript" },
  captured_by: "corpus/capture/capture_nktkas_hyperliquid.mjs",
  note: `Whole /exchange bodies. The SDK itself refuses m 2000 before sending (${refused}): it`
    + " caps m at 1440 where the venue's page allows 10080, so nothing was captured for it.",
  cases,
};
const out = resolve(here, "..", "hyperliquid.nktkas.json");
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
console.log(`corpus/hyperliquid.nktkas.json: ${cases.length} cases`);
