import { act, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimeWindow } from '../../domain/timing';
import { eventChain, hareChain, pumpProbeChain, timingEvent } from '../../domain/timing-fixtures';
import { downloadBlob } from '../../lib/download';
import { renderWithProviders } from '../../testing/render';
import { TimingDiagram } from './TimingDiagram';

vi.mock('../../lib/download', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  downloadBlob: vi.fn(),
}));

const chain = pumpProbeChain(1e-3, 51_200);

/** jsdom's Blob has no text(). */
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

/** The "Showing a to b" help line, parsed back into the window it describes. */
const showing = () => screen.getByText(/^Showing /).textContent ?? '';

beforeEach(() => {
  // jsdom has no 2D context: return null as a browser does after a lost context.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('TimingDiagram', () => {
  it('summarises the pattern for screen readers', () => {
    renderWithProviders(<TimingDiagram chains={[chain]} title="Run 3" />);
    expect(screen.getByRole('heading', { name: 'Run 3' })).toBeInTheDocument();
    const img = screen.getByRole('img');
    expect(img).toHaveAccessibleName(
      /^Timing pattern “pump-probe 0.001”: laser 8 ns at 0 s, every 4.32 ms ×51\u202f200; X-ray exposure 4 ms at 1 ms, every 4.32 ms ×51\u202f200; X-ray detection 4 ms at 1 ms, every 4.32 ms ×51\u202f200; pump–probe delay 1 ms\. Showing /,
    );
  });

  it('zooms, pans and resets from the keyboard when focused', async () => {
    const { user } = renderWithProviders(<TimingDiagram chains={[chain]} />);
    const home = showing();
    expect(home).toMatch(/^Showing -150 µs to 5\.15 ms\./);
    const diagram = screen.getByRole('group', { name: /Timing diagram/ });
    diagram.focus();
    await user.keyboard('+');
    expect(showing()).toMatch(/^Showing 1\.18 ms to 3\.8\d ms\./);
    await user.keyboard('{ArrowRight}');
    expect(showing()).toMatch(/^Showing 1\.44 ms to 4\.09 ms\./);
    await user.keyboard('0');
    expect(showing()).toBe(home);
    await user.keyboard('-');
    expect(showing()).not.toBe(home);
    await user.keyboard('{Home}');
    expect(showing()).toBe(home);
  });

  it('has zoom buttons, Reset enabled only away from the first view', async () => {
    const { user } = renderWithProviders(<TimingDiagram chains={[chain]} />);
    const reset = screen.getByRole('button', { name: 'Reset' });
    expect(reset).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(reset).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Whole pattern' }));
    expect(showing()).toMatch(/to 22\d(\.\d+)? s\./);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
    await user.click(reset);
    expect(reset).toBeDisabled();
  });

  it('zooms around the pointer on the wheel without scrolling the page', () => {
    renderWithProviders(<TimingDiagram chains={[chain]} />);
    const before = showing();
    const wheel = new WheelEvent('wheel', { deltaY: -240, bubbles: true, cancelable: true });
    act(() => {
      screen.getByRole('img').dispatchEvent(wheel);
    });
    expect(wheel.defaultPrevented).toBe(true);
    expect(showing()).not.toBe(before);
  });

  it('shows the events as a table with SI units on request', async () => {
    const { user } = renderWithProviders(<TimingDiagram chains={[hareChain()]} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Show as table' }));
    const table = screen.getByRole('table', {
      name: /HARE — pump–probe delays 1 ms, 10 ms, 100 ms/,
    });
    const rows = within(table).getAllByRole('row');
    expect(
      rows.map((r) =>
        within(r)
          .queryAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      [],
      ['Laser excitation', '0 s', '8 ns', '–', '1'],
      ['X-ray exposure', '1 ms', '4 ms', '–', '1'],
      ['X-ray exposure', '10 ms', '4 ms', '–', '1'],
      ['X-ray exposure', '100 ms', '4 ms', '–', '1'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Laser pump 450 nm' })).toBeInTheDocument();
  });

  it('lists the problems of a malformed chain and still draws it', () => {
    renderWithProviders(
      <TimingDiagram
        chains={[
          eventChain([
            timingEvent('XrayExposure', 0, {
              name: 'X-ray probe',
              duration: 1e-5,
              period: 5e-6,
              repetition: 10,
            }),
          ]),
        ]}
      />,
    );
    expect(
      screen.getByText('Event “X-ray probe”: period 5 µs is shorter than its duration 10 µs'),
    ).toBeInTheDocument();
    expect(screen.getByRole('img')).toBeInTheDocument();
  });

  it('says so when there is nothing to draw', () => {
    renderWithProviders(<TimingDiagram chains={[]} />);
    expect(screen.getByText('No timing pattern')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('TimingDiagram with a controlled window', () => {
  it('reports the window once the gesture settles and follows a new value', async () => {
    const onWindowChange = vi.fn<(w: TimeWindow) => void>();
    // A page keeping the window in its own state (the URL, in the app).
    function Page() {
      const [window, setWindow] = useState<TimeWindow>({ start: 0, end: 0.004 });
      return (
        <>
          <button type="button" onClick={() => setWindow({ start: 0.01, end: 0.02 })}>
            Open shared link
          </button>
          <TimingDiagram chains={[chain]} window={window} onWindowChange={onWindowChange} />
        </>
      );
    }
    const { user } = renderWithProviders(<Page />);
    expect(showing()).toMatch(/^Showing 0 s to 4 ms\./);
    screen.getByRole('group', { name: /Timing diagram/ }).focus();
    await user.keyboard('++');
    expect(onWindowChange).not.toHaveBeenCalled();
    await waitFor(() => expect(onWindowChange).toHaveBeenCalledTimes(1));
    expect(onWindowChange).toHaveBeenCalledWith({ start: 0.0015, end: 0.0025 });

    // the page puts a shared link's window in
    await user.click(screen.getByRole('button', { name: 'Open shared link' }));
    expect(showing()).toMatch(/^Showing 10 ms to 20 ms\./);
  });
});

describe('TimingDiagram drawing', () => {
  const calls: string[] = [];
  const OriginalObserver = globalThis.ResizeObserver;
  beforeEach(() => {
    calls.length = 0;
    // A container 800 px wide and a recording 2D context stand in for a browser.
    globalThis.ResizeObserver = class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        this.callback(
          [{ target, contentRect: { width: 800 } } as unknown as ResizeObserverEntry],
          this as unknown as ResizeObserver,
        );
      }
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    const ctx = new Proxy<Record<string, unknown>>(
      { measureText: (text: string) => ({ width: text.length * 6 }) },
      {
        get(target, key: string) {
          target[key] ??= (..._args: unknown[]) => {
            calls.push(key);
          };
          return target[key];
        },
      },
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      ctx as unknown as CanvasRenderingContext2D,
    );
  });
  afterEach(() => {
    globalThis.ResizeObserver = OriginalObserver;
  });

  it('draws a 10⁶-pulse chain on the next frame and records its cost', async () => {
    const big = pumpProbeChain(1e-3, 1_000_000);
    const { container } = renderWithProviders(<TimingDiagram chains={[big]} />);
    const wrapper = container.querySelector<HTMLElement>('[data-render-ms]');
    expect(wrapper?.dataset.renderMs).toBe('');
    await waitFor(() => expect(Number(wrapper?.dataset.renderMs)).toBeGreaterThan(0));
    expect(calls).toContain('fillRect');
    expect(calls).toContain('fillText');
    const canvas = screen.getByRole('img') as HTMLCanvasElement;
    expect(canvas.width).toBe(Math.round(800 * (window.devicePixelRatio || 1)));
  });

  it('exports the current view as SVG', async () => {
    const { user } = renderWithProviders(<TimingDiagram chains={[chain]} title="Run 3" />);
    await user.click(screen.getByRole('button', { name: 'Download as SVG' }));
    expect(downloadBlob).toHaveBeenCalledTimes(1);
    const [blob, name] = vi.mocked(downloadBlob).mock.calls[0] ?? [];
    expect(name).toBe('timing-Run_3.svg');
    expect(blob?.type).toBe('image/svg+xml');
    const svg = blob && (await readText(blob));
    expect(svg).toContain('width="800"');
    expect(svg).toContain('Laser excitation');
    expect(svg).toContain('Δt 1 ms');
    expect(svg).toMatch(new RegExp(`aria-label="Timing pattern “pump-probe 0.001”: laser 8 ns`));
  });
});
