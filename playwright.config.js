// End-to-end tests: the release build served on 127.0.0.1, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";

export const PORT = 8123;
/** Chromium's flags for every test and the benchmark: without them Chromium keeps trying to
 *  reach hosts this machine cannot reach. */
export const LAUNCH_ARGS = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "target/e2e-artifacts",
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [["list"], ["json", { outputFile: "target/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    acceptDownloads: true,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: LAUNCH_ARGS,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs ${PORT} dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
