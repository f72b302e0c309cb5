import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_URL, launchBrowser, startApp } from '../e2e/harness';
import { median, p95 } from './stats';

/**
 * The built renderer in Debian's Chromium (tests/e2e/harness.ts: the real router and services over
 * the practice on disk): time from navigation to the first client row, and frame timings while
 * scrolling the virtualised client list to its end, one requestAnimationFrame step at a time.
 */

export interface RendererResult {
  firstRowMs: number[];
  /** Navigation to the first rAF after the first row was in the DOM (about when it is painted). */
  firstPaintMs: number[];
  scroll: {
    /** Every frame interval while scrolling, over all runs. */
    frameMs: number[];
    toEndMs: number[];
    frames: number;
    longFrames: number;
    rows: number;
  };
  pageErrors: string[];
  blockedRequests: string[];
}

declare global {
  interface Window {
    __firstRowAt?: number;
    __firstRowPaintedAt?: number;
  }
}

const RENDERER_INDEX = join(__dirname, '../../out/renderer/index.html');

export function rendererBuilt(): boolean {
  return existsSync(RENDERER_INDEX);
}

export async function measureRenderer(opts: {
  dataDir: string;
  passphrase: string;
  firstRenderRuns: number;
  scrollRuns: number;
  /** Pixels scrolled per animation frame (rows are 60 px). */
  step: number;
}): Promise<RendererResult> {
  const browser = await launchBrowser();
  try {
    const app = await startApp(browser, { dataDir: opts.dataDir });
    try {
      app.practices.unlock({ passphrase: opts.passphrase });
      await app.context.addInitScript({
        content: `(() => {
          const seen = () => {
            if (window.__firstRowAt !== undefined) return;
            if (document.querySelector('.client-row:not(.loading)')) {
              window.__firstRowAt = performance.now();
              observer.disconnect();
              requestAnimationFrame(() => { window.__firstRowPaintedAt = performance.now(); });
            }
          };
          const observer = new MutationObserver(seen);
          observer.observe(document, { childList: true, subtree: true });
        })();`,
      });
      const firstRowMs: number[] = [];
      const firstPaintMs: number[] = [];
      const page = app.page;
      // One untimed load: Chromium's own caches (code, fonts) are warm in real use.
      for (let run = -1; run < opts.firstRenderRuns; run++) {
        await page.goto(`${APP_URL}/index.html`);
        await page.waitForFunction(() => window.__firstRowPaintedAt !== undefined, undefined, {
          timeout: 60_000,
        });
        const t = await page.evaluate(() => [
          window.__firstRowAt ?? Number.NaN,
          window.__firstRowPaintedAt ?? Number.NaN,
        ]);
        if (run >= 0) {
          firstRowMs.push(t[0] as number);
          firstPaintMs.push(t[1] as number);
        }
      }

      const frameMs: number[] = [];
      const toEndMs: number[] = [];
      let rows = 0;
      for (let run = 0; run < opts.scrollRuns; run++) {
        await page.goto(`${APP_URL}/index.html`);
        await page.waitForFunction(() => window.__firstRowPaintedAt !== undefined, undefined, {
          timeout: 60_000,
        });
        const result = await page.evaluate(async (step: number) => {
          const el = document.querySelector('.client-list-scroll') as HTMLElement | null;
          if (!el) throw new Error('no client list on screen');
          const total = Number(el.querySelector('[aria-setsize]')?.getAttribute('aria-setsize') ?? '0');
          const frames: number[] = [];
          const start = performance.now();
          let last = start;
          for (;;) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const now = performance.now();
            frames.push(now - last);
            last = now;
            if (el.scrollTop + el.clientHeight >= el.scrollHeight - 2) {
              const lastRow = el.querySelector(`[aria-posinset="${total}"]`);
              if (lastRow && !lastRow.classList.contains('loading')) break;
            } else {
              el.scrollTop = Math.min(el.scrollTop + step, el.scrollHeight);
            }
            if (now - start > 120_000) throw new Error('scrolling to the end took over 2 minutes');
          }
          return { frames: frames.slice(1), totalMs: performance.now() - start, total };
        }, opts.step);
        frameMs.push(...result.frames);
        toEndMs.push(result.totalMs);
        rows = result.total;
      }
      return {
        firstRowMs,
        firstPaintMs,
        scroll: {
          frameMs,
          toEndMs,
          frames: frameMs.length,
          longFrames: frameMs.filter((f) => f > 1000 / 60 + 1).length,
          rows,
        },
        pageErrors: [...app.pageErrors],
        blockedRequests: [...app.blockedRequests],
      };
    } finally {
      await app.close();
    }
  } finally {
    await browser.close();
  }
}

export function describeFrames(frames: number[]): string {
  return `median ${median(frames).toFixed(1)} ms, p95 ${p95(frames).toFixed(1)} ms, max ${Math.max(...frames).toFixed(0)} ms`;
}
