// The test fixture every end-to-end test uses: it fails a test when any page of it requests
// another origin, logs a console error, or throws.
import { test as base, expect, chromium } from "@playwright/test";
import { PORT, LAUNCH_ARGS } from "../../playwright.config.js";

export const ORIGIN = `http://127.0.0.1:${PORT}`;
export { LAUNCH_ARGS };

/** Records foreign requests, console errors and page errors of every page in a context. */
export function watch(context) {
  const problems = [];
  const watchPage = (page) => {
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  };
  context.on("page", watchPage);
  context.pages().forEach(watchPage);
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  return problems;
}

export const test = base.extend({
  context: async ({ context }, use, testInfo) => {
    const problems = watch(context);
    await use(context);
    // A test that provokes an error on purpose declares it: annotation "expected-console".
    const expected = testInfo.annotations
      .filter((a) => a.type === "expected-console")
      .map((a) => new RegExp(a.description));
    const unexpected = problems.filter((p) => !expected.some((re) => re.test(p)));
    expect(unexpected, "no foreign requests, console errors or page errors").toEqual([]);
  },
});

/** A Chromium profile kept in a directory, so that closing and relaunching the browser is real. */
export async function launchProfile(dir) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    args: LAUNCH_ARGS,
    baseURL: ORIGIN,
    acceptDownloads: true,
  });
  return { context, problems: watch(context) };
}

export { expect };
