/**
 * Runs inside the popover page (bundled by ./page-probes-script): stopwatches that start at the
 * user's input, and a watch for the rows of data the app sent, each stopping once the frame showing
 * the effect has been painted. "Painted" is taken as a message posted from the next animation
 * frame's callback: it runs after that frame's style, layout and paint work on the page's thread,
 * which is what a slow render would hold up.
 */

/** When the list's rows were painted (ms since the epoch, the page's clock: comparable across processes). */
export interface RowsPainted {
  /** The painted frame that first held the first screen of rows. */
  firstScreenAt: number;
  /** The painted frame that first held every row. */
  allRowsAt: number;
}

export interface InputSample {
  /** ms from the user's input (the event's timeStamp) to the painted frame that shows its effect. */
  ms: number;
  /** What that frame showed, so the caller can check it was the finished answer. */
  shown: { checked: boolean; value: string; options: number };
  /** The same view two frames later: equal when the measured frame was already complete. */
  settled: { checked: boolean; value: string; options: number };
}

export interface Probes {
  /**
   * Watches every frame from now on: resolves once a painted frame holds `total` rows, with when the
   * first screen (`firstScreenRows`) and every row were painted.
   */
  rowsPainted(firstScreenRows: number, total: number): Promise<RowsPainted>;
  /** Rows in the checklist now. */
  rowCount(): number;
  /** An unticked checkbox inside the visible list (its id and centre in page pixels), or null. */
  openBoxInView(): { itemId: string; x: number; y: number } | null;
  /** Resolves once a frame has been painted and the page's thread has nothing left to do. */
  idle(): Promise<void>;
  /** The next pointerdown: to the first painted frame showing that checkbox ticked. */
  armPointerdown(): void;
  armKeydown(): void;
  /** The sample of the last armed event, once its frame has been painted. */
  nextSample(): Promise<InputSample>;
  /**
   * Arms the next keydown in the "Due date" textbox: resolves with the ms from it (its timeStamp) to
   * the first painted frame whose note under the textbox holds `expected` (the reading of the words typed).
   */
  armDueReading(expected: string): void;
  nextReading(): Promise<number>;
  /** The note under the "Due date" textbox, as it reads now. */
  dueNote(): string;
  /**
   * Watches the page from now on: resolves with when (ms since the epoch) the first painted frame
   * showed the "From your conversations" region holding `total` suggestions (its first rows and
   * "Show N more" for the rest).
   */
  suggestionsPainted(total: number): Promise<number>;
  /** Suggestions the region shows now, counting those behind "Show N more". */
  suggestionCount(): number;
  /** The centre of the item's "Show conversation" button in page pixels, or null when the pointer cannot reach it. */
  conversationButton(itemId: string): { x: number; y: number } | null;
  /**
   * Arms the next pointerdown on the item's "Show conversation" button: `nextConversation` resolves
   * with the ms from it (its timeStamp) to the first painted frame showing the conversation's overview,
   * and rejects when that frame shows a problem or the press landed elsewhere.
   */
  armConversation(itemId: string): void;
  nextConversation(): Promise<number>;
}

declare global {
  interface Window {
    __benchProbes: Probes;
  }
}

/**
 * The next painted frame: when it was painted, and `look()` as the page stood when that frame began.
 * `look` runs in the frame's animation-frame callback, before its style, layout and paint, so it sees
 * what the frame paints. A task that runs after the frame but before the message that marks it
 * painted (input goes first, and a task queued before the message runs before it) changes what the
 * page shows next, and is not credited to this frame: read at the message instead, a row, a tick or
 * an answer that came in just after the frame would be timed a frame early.
 */
function paintedFrame<T>(look: () => T): Promise<{ paintedAt: number; seen: T }> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const seen = look();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ paintedAt: performance.now(), seen });
      channel.port2.postMessage(null);
    });
  });
}

async function afterNextPaint(): Promise<number> {
  return (await paintedFrame(() => null)).paintedAt;
}

/** The first of the next `frames` painted frames whose look `shows` what is awaited, or null when none did. */
async function firstFrameShowing<T>(
  look: () => T,
  shows: (seen: T) => boolean,
  frames: number,
): Promise<{ paintedAt: number; seen: T } | null> {
  for (let frame = 0; frame < frames; frame++) {
    const painted = await paintedFrame(look);
    if (shows(painted.seen)) return painted;
  }
  return null;
}

function rowCount(): number {
  return document.querySelectorAll('[data-item]').length;
}

/**
 * The same count, cheap enough to read every frame while the list grows: the checklist's sections
 * (ItemList.svelte) hold its rows in blocks (ItemSection.svelte), so only those few elements are
 * visited. A selector over every element of 2,000 rows, or a live collection the growing page
 * invalidates, took 1-2 ms a frame of the page's own thread, which the figures then counted.
 */
function rowCountNow(): number {
  const list = document.querySelector('.sections');
  let rows = 0;
  for (const section of list?.children ?? []) {
    for (const part of section.children) if (part.classList.contains('block')) rows += part.childElementCount;
  }
  return rows;
}

const WATCH_LIMIT_MS = 60_000;

async function rowsPainted(firstScreenRows: number, total: number): Promise<RowsPainted> {
  const epoch = (paintedAt: number) => performance.timeOrigin + paintedAt;
  const until = performance.now() + WATCH_LIMIT_MS;
  let firstScreenAt: number | null = null;
  while (performance.now() < until) {
    const { paintedAt, seen: rows } = await paintedFrame(rowCountNow);
    if (firstScreenAt === null && rows >= Math.min(firstScreenRows, total)) firstScreenAt = epoch(paintedAt);
    if (rows < total) continue;
    if (rowCount() !== rows) throw new Error(`the blocks hold ${rows} rows but the list has ${rowCount()}`);
    return { firstScreenAt: firstScreenAt ?? epoch(paintedAt), allRowsAt: epoch(paintedAt) };
  }
  throw new Error(`the list never showed all ${total} rows; it shows ${rowCount()}`);
}

function openBoxInView(): { itemId: string; x: number; y: number } | null {
  const list = document.querySelector('main.list');
  if (!list) return null;
  const view = list.getBoundingClientRect();
  for (const box of document.querySelectorAll<HTMLInputElement>('.row:not(.done) input[type="checkbox"]')) {
    if (box.disabled || box.checked) continue;
    const rect = box.getBoundingClientRect();
    // Below the sticky section heading and fully inside the list's box.
    const itemId = box.closest<HTMLElement>('[data-item]')?.dataset.item;
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    // Not under the Undo toast that floats over the list's foot (ticked rows stay in place now).
    const reachable = document.elementFromPoint(x, y) === box;
    if (itemId !== undefined && reachable && rect.top >= view.top + 40 && rect.bottom <= view.bottom)
      return { itemId, x, y };
  }
  return null;
}

function view(target: EventTarget | null): InputSample['shown'] {
  const box = target instanceof HTMLInputElement && target.type === 'checkbox' ? target : null;
  const input = document.getElementById('quick-edit');
  return {
    checked: box !== null && box.checked && box.closest('.row')?.classList.contains('done') === true,
    value: input instanceof HTMLInputElement ? input.value : '',
    options: document.querySelectorAll('#quick-edit-list [role="option"]').length,
  };
}

async function idle(): Promise<void> {
  await afterNextPaint();
  await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 }));
}

let pending: Promise<InputSample> | null = null;

/**
 * Arms the next `pointerdown` (a tick) or `keydown` (a keystroke): the stopwatch starts at the event's
 * timeStamp, when the browser received the user's input (before any listener ran, and before the
 * click that follows a pointerdown ticks the box), and stops at the first painted frame after it
 * (keydown) or the first that shows the pressed checkbox ticked (pointerdown).
 */
function arm(type: 'pointerdown' | 'keydown'): void {
  pending = new Promise((resolve, reject) => {
    window.addEventListener(
      type,
      (event) => {
        const start = event.timeStamp;
        const target = type === 'pointerdown' ? event.target : null;
        void (async () => {
          const painted = await firstFrameShowing(
            () => view(target),
            (shown) => type === 'keydown' || shown.checked,
            120,
          );
          if (painted === null) return reject(new Error('the pressed checkbox never showed ticked'));
          await afterNextPaint();
          await afterNextPaint();
          resolve({ ms: painted.paintedAt - start, shown: painted.seen, settled: view(target) });
        })();
      },
      { capture: true, once: true },
    );
  });
}

let reading: Promise<number> | null = null;

function dueNote(): string {
  const input = document.querySelector<HTMLInputElement>('input[aria-label="Due date"]');
  const note = input ? document.getElementById(input.getAttribute('aria-describedby') ?? '') : null;
  return note?.textContent ?? '';
}

function armDueReading(expected: string): void {
  reading = new Promise((resolve, reject) => {
    window.addEventListener(
      'keydown',
      (event) => {
        // When the browser received the key, as for every input figure: a busy page's wait counts.
        const start = event.timeStamp;
        void (async () => {
          // The answer comes from the main process: frames are painted until one shows it.
          const painted = await firstFrameShowing(dueNote, (note) => note.includes(expected), 600);
          if (painted === null) reject(new Error(`the note never said "${expected}"; it says "${dueNote()}"`));
          else resolve(painted.paintedAt - start);
        })();
      },
      { capture: true, once: true },
    );
  });
}

/**
 * The region's rows plus the N of its "Show N more", or 0 when there is no region. The region is
 * found from its heading's id, which the browser looks up at once: a selector or a live list walks
 * the page's 2,000 rows in every frame watched (9–15 ms of a run in a profile, counted in the figure).
 */
function suggestionCount(): number {
  const region = document
    .getElementById('suggestions-heading')
    ?.closest('section[aria-label="From your conversations"]');
  if (!region) return 0;
  const rows = region.querySelectorAll('li.suggestion').length;
  const more = [...region.querySelectorAll('button')]
    .map((button) => /^Show (\d+) more$/.exec(button.textContent?.trim() ?? ''))
    .find((match) => match !== null);
  return rows + (more ? Number(more[1]) : 0);
}

/**
 * Watches the page's DOM rather than every frame: a watch that asks for every frame makes the page
 * produce one each time the display refreshes (work on its main thread, its compositor and the GPU
 * process), and on two cores the figure would count that work too. Once a change to the DOM leaves
 * the region holding `total`, the next painted frame is the first to show it.
 */
function suggestionsPainted(total: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = false;
    const limit = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the region never showed ${total} suggestions; it shows ${suggestionCount()}`));
    }, WATCH_LIMIT_MS);
    const check = () => {
      if (seen || suggestionCount() < total) return;
      seen = true;
      observer.disconnect();
      clearTimeout(limit);
      void (async () => {
        // The first frame to begin after the change paints it; looked at again in case it did not.
        const painted = await firstFrameShowing(suggestionCount, (count) => count >= total, 600);
        if (painted === null) reject(new Error(`the region held ${total} suggestions but no frame showed them`));
        else resolve(performance.timeOrigin + painted.paintedAt);
      })().catch(reject);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    check();
  });
}

function conversationParts(itemId: string): { row: Element; button: HTMLButtonElement } | null {
  const row = document.querySelector(`[data-item="${CSS.escape(itemId)}"]`);
  const button = row?.querySelector<HTMLButtonElement>('button[aria-label="Show conversation"]');
  return row && button ? { row, button } : null;
}

function conversationButton(itemId: string): { x: number; y: number } | null {
  const button = conversationParts(itemId)?.button;
  if (!button) return null;
  const rect = button.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const under = document.elementFromPoint(x, y);
  return under !== null && button.contains(under) ? { x, y } : null;
}

let conversation: Promise<number> | null = null;

function armConversation(itemId: string): void {
  const parts = conversationParts(itemId);
  if (!parts) throw new Error('no "Show conversation" button');
  const { row, button } = parts;
  const shown = () => ({
    overview: row.querySelector('section[aria-label="Conversation"] .overview') !== null,
    problem: row.querySelector('section[aria-label="Conversation"] [data-problem]')?.textContent ?? null,
  });
  conversation = new Promise((resolve, reject) => {
    window.addEventListener(
      'pointerdown',
      (event) => {
        // When the browser received the press, before the click that follows it opens the conversation.
        const start = event.timeStamp;
        if (!(event.target instanceof Node) || !button.contains(event.target))
          return reject(new Error('the press did not land on the "Show conversation" button'));
        void (async () => {
          const painted = await firstFrameShowing(shown, (seen) => seen.overview || seen.problem !== null, 600);
          if (painted === null) reject(new Error('the conversation never showed'));
          else if (!painted.seen.overview) reject(new Error(`the conversation was not shown: ${painted.seen.problem}`));
          else resolve(painted.paintedAt - start);
        })();
      },
      { capture: true, once: true },
    );
  });
}

window.__benchProbes = {
  conversationButton,
  armConversation,
  nextConversation: () => {
    if (!conversation) return Promise.reject(new Error('nothing armed'));
    return conversation;
  },
  suggestionsPainted,
  suggestionCount,
  armDueReading,
  dueNote,
  nextReading: () => {
    if (!reading) return Promise.reject(new Error('nothing armed'));
    return reading;
  },
  rowsPainted,
  rowCount,
  openBoxInView,
  idle,
  armPointerdown: () => arm('pointerdown'),
  armKeydown: () => arm('keydown'),
  nextSample: () => {
    if (!pending) return Promise.reject(new Error('nothing armed'));
    return pending;
  },
};
