// bybit-exchange/trading-mcp (Bybit's official MCP server): what createTwapStrategy and
// stopStrategy send. The tools are run as the MCP SDK runs them: the tool's zod inputSchema
// parses the arguments (filling its defaults), then its handler posts through the server's
// own RestClient; globalThis.fetch is replaced by a recorder. trading-mcp is not on npm, so a
// snapshot of the repository is installed by hand and this runs with its tsx:
//
//   git clone https://github.com/bybit-exchange/trading-mcp /tmp/trading-mcp   (v2.1.18)
//   npm install --prefix /tmp/trading-mcp
//   TRADING_MCP=/tmp/trading-mcp /tmp/trading-mcp/node_modules/.bin/tsx \
//     corpus/capture/capture_bybit_trading_mcp.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = process.env.TRADING_MCP ?? "/tmp/trading-mcp";
process.env.BYBIT_API_KEY = "k";
process.env.BYBIT_API_SECRET = "s"; // signs nothing real
const load = async (path) => import(pathToFileURL(join(root, path)).href);
const { createTwapStrategy } = await load("src/tools/strategy/createTwapStrategy.ts");
const { stopStrategy } = await load("src/tools/strategy/stopStrategy.ts");
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

const sent = [];
globalThis.fetch = async (url, init) => {
  sent.push({
    method: init?.method ?? "GET",
    url: String(url),
    content_type: new Headers(init?.headers).get("content-type"),
    body: init?.body ?? null,
  });
  const reply = { retCode: 0, retMsg: "OK", result: { strategyId: "1" }, retExtInfo: {}, time: 1 };
  return new Response(JSON.stringify(reply), { headers: { "content-type": "application/json" } });
};

const PAGE = "create-strategy page, Request Parameters (TWAP)";
const cases = [];
async function take(id, message, tool, args, expect) {
  sent.length = 0;
  await tool.handler(tool.inputSchema.parse(args));
  cases.push({ id, message, function: `${tool.name} (inputSchema.parse, then handler)`, arguments: args, request: sent.at(-1), expect });
}
await take("defaults", "create_strategy", createTwapStrategy,
  { category: "UTA_USDT", symbol: "BTCUSDT", side: "Buy", size: "1", duration: 300 },
  { verdict: "accept", basis: `${PAGE}; the tool fills in strategyType twap only: its other defaults (interval 30, positionIdx "0") sit under .optional(), so zod leaves them out and Bybit applies its own` });
await take("hedge-sell-chase", "create_strategy", createTwapStrategy,
  { category: "UTA_USDT", symbol: "BTCUSDT", side: "Sell", size: "0.1", duration: 3600, interval: 60,
    reduceOnly: true, positionIdx: "2", maxChasePrice: "83564.5", chaseDistance: "0.5" },
  { verdict: "accept", basis: `${PAGE}: the page's example's values, positionIdx as the tool's text "2"` });
await take("interval-20", "create_strategy", createTwapStrategy,
  { category: "UTA_USDT", symbol: "BTCUSDT", side: "Buy", size: "1", duration: 600, interval: 20 },
  { verdict: "refuse", violates: ["interval.enum"], basis: `${PAGE}: interval is one of 5, 10, 15, 30, 60, 120 (the tool only asks for at least 5)` });
await take("usdc-future", "create_strategy", createTwapStrategy,
  { category: "UTA_USDC_FUTURE", symbol: "BTCPERP", side: "Buy", size: "1", duration: 300 },
  { verdict: "unknown", basis: "⚠ UTA_USDC_FUTURE is in the tool's enum and the strategy-list page, not on the create page; the spec follows the create page" });
await take("stop", "stop_strategy", stopStrategy, { strategyId: "119b6211-2611-461b-be5e-5ac557099e82" },
  { verdict: "accept", basis: "stop-strategy page, Request Parameters" });
const document = {
  venue: "bybit",
  client: { package: "bybit-exchange/trading-mcp", version, language: "typescript" },
  captured_by: "corpus/capture/capture_bybit_trading_mcp.mjs",
  note: "Signed in headers (X-BAPI-SIGN); the JSON body is what is shown.",
  cases,
};
writeFileSync(resolve(here, "..", "bybit.trading-mcp.json"), `${JSON.stringify(document, null, 2)}\n`);
console.log(`corpus/bybit.trading-mcp.json: ${cases.length} cases`);
