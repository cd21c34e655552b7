// Everything Session Lens knows about MLflow's DOM, in one place. Each selector says where it was checked;
// when MLflow changes one, this is the file to update.

/**
 * Present in MLflow's static index.html (verified 3.17.2), so the UI is recognised before React renders.
 */
export const MLFLOW_ROOT_SELECTOR = '#root.mlflow-ui-container';

/**
 * The trace drawer on the Traces tab (3.17.2): a Radix dialog portalled to <body>, `position: fixed;
 * right: 0; max-width: 90vw`; on 3.2.0 the same kind of dialog under another id (`max-width: 1440px`).
 * Session Lens docks beside it by adding a right margin and narrowing it.
 */
export const TRACE_DRAWER_SELECTOR =
  '[data-component-type="drawer_content"]:is([data-component-id="mlflow.evaluations_review.modal"], [data-component-id$="traces_tracedatadrawer.tsx"])';

/**
 * The trace id tag in the drawer's header row (3.17.2: "Trace <id> · state · duration"); Session Lens puts
 * its "turn k of N" badge right after it. The outer element of the two that carry this id is the tag.
 */
export const DRAWER_TRACE_TAG_SELECTOR = '[role="button"][data-component-id="mlflow.evaluations_review.modal.trace-id"]';

/** The panel's host element (its shadow root holds the panel); tests and the benchmark find it by this. */
export const PANEL_HOST_TAG = 'mlflow-session-lens';

/** MLflow puts this class on <body> in dark mode (3.17.2, localStorage `_mlflow_dark_mode_toggle_enabled`). */
const DARK_MODE_BODY_CLASS = 'dark-mode';

const DOCKED_ATTRIBUTE = 'data-session-lens-docked';
const WIDTH_PROPERTY = '--session-lens-width';

export function isMlflowUi(doc: Document): boolean {
  return doc.querySelector(MLFLOW_ROOT_SELECTOR) !== null;
}

/**
 * Makes room for the panel: MLflow's drawer keeps its 10vw gutter on the left (clicking there still closes
 * it) and ends where the panel begins. The rule lives in the page's document because the drawer does.
 */
export function installDockingStyle(doc: Document, signal: AbortSignal): void {
  const style = doc.createElement('style');
  style.dataset.sessionLens = 'docking';
  // The page itself gives up the same room, so pages without a drawer (the chat-sessions page) keep all
  // their content visible beside the panel.
  style.textContent = `
html[${DOCKED_ATTRIBUTE}] ${TRACE_DRAWER_SELECTOR} {
  margin-right: var(${WIDTH_PROPERTY}) !important;
  max-width: calc(90vw - var(${WIDTH_PROPERTY})) !important;
}
html[${DOCKED_ATTRIBUTE}] ${MLFLOW_ROOT_SELECTOR} {
  margin-right: var(${WIDTH_PROPERTY}) !important;
}`;
  (doc.head ?? doc.documentElement).append(style);
  signal.addEventListener('abort', () => {
    style.remove();
    setDocked(doc, false);
  });
}

export function setDocked(doc: Document, docked: boolean): void {
  doc.documentElement.toggleAttribute(DOCKED_ATTRIBUTE, docked);
}

export function setPanelWidth(doc: Document, width: string): void {
  doc.documentElement.style.setProperty(WIDTH_PROPERTY, width);
}

export type Theme = 'light' | 'dark';

export function detectTheme(doc: Document): Theme {
  const body = doc.body;
  if (!body) return 'light';
  if (body.classList.contains(DARK_MODE_BODY_CLASS)) return 'dark';
  const view = doc.defaultView;
  const background = view ? view.getComputedStyle(body).backgroundColor : '';
  const channels = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(background);
  // A transparent body says nothing; fall back to the system preference.
  if (!channels || channels[4] === '0') return view?.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const [red, green, blue] = [channels[1], channels[2], channels[3]].map(Number) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128 ? 'dark' : 'light';
}

/** Calls `onChange` when MLflow switches between light and dark. */
export function watchTheme(doc: Document, signal: AbortSignal, onChange: (theme: Theme) => void): void {
  let current = detectTheme(doc);
  onChange(current);
  const observer = new MutationObserver(() => {
    const next = detectTheme(doc);
    if (next !== current) onChange((current = next));
  });
  if (doc.body) observer.observe(doc.body, { attributes: true, attributeFilter: ['class', 'style'] });
  signal.addEventListener('abort', () => observer.disconnect());
}

/**
 * Reports every URL change of the single-page app without polling: MLflow's hash router navigates with
 * `history.pushState`, which fires neither `hashchange` nor `popstate`; the Navigation API sees it.
 * `hashchange`/`popstate` cover browsers without that API for back/forward and hash edits.
 */
export function watchLocation(win: Window, signal: AbortSignal, onChange: (href: string) => void): void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  win.addEventListener('popstate', check, { signal });
}

/** MLflow's UI keeps the workspace the user selected here (3.17.2, `--enable-workspaces`). */
const ACTIVE_WORKSPACE_KEY = 'mlflow.activeWorkspace';

/** The workspace MLflow's UI has selected when its route names none, or null. */
export function activeWorkspace(win: Window): string | null {
  try {
    return win.localStorage.getItem(ACTIVE_WORKSPACE_KEY);
  } catch {
    // Storage denied to the page: MLflow's UI then has no stored choice either.
    return null;
  }
}

/** Opens a URL of the same document the way MLflow's own links do: a hash change its router follows. */
export function navigateTo(win: Window, href: string): void {
  if (href !== win.location.href) win.location.assign(href);
}

export interface DrawerBadgeText {
  turn: string;
  rootCause: string | null;
}

/**
 * A small badge in MLflow's drawer header: which turn of how many this trace is, and where the root cause
 * is. It lives in its own shadow root (MLflow's styles cannot reach it, nor its styles MLflow) and is put
 * back whenever React re-renders the header without it.
 */
export function createDrawerBadge(doc: Document, signal: AbortSignal) {
  const host = doc.createElement('session-lens-badge');
  host.dataset.testid = 'drawer-badge';
  const shadow = host.attachShadow({ mode: 'open' });
  // Built node by node, not through innerHTML: AMO's linter flags every innerHTML assignment for review.
  const style = doc.createElement('style');
  style.textContent = `
    :host {
      display: inline-flex; align-items: center; gap: 4px; margin: 0 4px 0 8px; min-width: 0; flex-shrink: 1; overflow: hidden;
      font: 12px/1.4 -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif; white-space: nowrap;
    }
    .turn { padding: 0 6px; border-radius: 8px; background: #eaf3fb; color: #0e538b; }
    .cause { padding: 0 6px; border-radius: 8px; background: #fff0f3; color: #a01f3a; }
    .cause:empty { display: none; }
  `;
  const [turn, cause] = (['turn', 'cause'] as const).map((name) => {
    const span = doc.createElement('span');
    span.className = name;
    span.setAttribute('part', name);
    return span;
  }) as [HTMLElement, HTMLElement];
  shadow.append(style, turn, cause);
  let text: DrawerBadgeText | null = null;

  const place = () => {
    const tag = text ? doc.querySelector(DRAWER_TRACE_TAG_SELECTOR) : null;
    if (!tag) {
      host.remove();
      return;
    }
    if (tag.nextSibling !== host) tag.after(host);
  };
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      place();
    });
  });
  // Watched only while a trace is open: on MLflow's other pages Session Lens costs nothing per DOM change.
  let observing = false;
  const observe = (on: boolean) => {
    if (on === observing) return;
    observing = on;
    if (on) observer.observe(doc.body, { childList: true, subtree: true });
    else observer.disconnect();
  };
  signal.addEventListener('abort', () => {
    observe(false);
    host.remove();
  });

  return {
    show(next: DrawerBadgeText | null) {
      text = next;
      turn.textContent = next?.turn ?? '';
      cause.textContent = next?.rootCause ?? '';
      observe(next !== null);
      place();
    },
  };
}

/** Whether the page's focus is on no control: the body, or MLflow's drawer itself (not a control inside it). */
export function isIdleFocus(doc: Document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body || active.matches(TRACE_DRAWER_SELECTOR);
}

/**
 * A control that takes the key itself, so labeling's keys leave it alone: the judgement strip (arrows, Enter),
 * and Enter on a button, a link or a disclosure (it presses them; a radio of the label editor still saves).
 */
export function isOnKeyedControl(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.getAttribute('role') === 'slider') return true;
  return event.key === 'Enter' && target.matches('button, a[href], summary, [role="button"], [role="link"]');
}

/** Whether a key press is typing (in a field, or an editable element inside a shadow root). */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Lets the panel's own fields take focus while MLflow's drawer is open. Radix's focus trap watches focus
 * leaving the drawer (`focusout` on the document) and pulls it back, so typing in the panel would land in
 * the drawer. A `focusout` whose focus goes to the panel is stopped before the page sees it; every other
 * focus move reaches MLflow as before.
 */
export function letPanelTakeFocus(win: Window, panelHost: Element, signal: AbortSignal): void {
  win.addEventListener(
    'focusout',
    (event) => {
      if (event.relatedTarget === panelHost) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}

/** The element that has focus, looking inside shadow roots (the panel's, and any MLflow may use). */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Moves focus between the page and the panel (Alt+Shift+L, and Escape inside the panel back out): into the
 * open turn's header (or the panel's first control), and back to what had focus before, or MLflow's drawer.
 */
export function createFocusSwitch(win: Window, shadow: ShadowRoot) {
  let returnTo: HTMLElement | null = null;
  const back = () => {
    const drawer = win.document.querySelector<HTMLElement>('[role="dialog"]');
    const target = returnTo?.isConnected ? returnTo : drawer;
    returnTo = null;
    target?.focus();
  };
  return {
    inPanel: () => shadow.activeElement !== null,
    into() {
      const active = deepActiveElement(win.document);
      if (active && !shadow.contains(active)) returnTo = active;
      const target =
        shadow.querySelector<HTMLElement>('[aria-current="true"] .turn-header') ??
        shadow.querySelector<HTMLElement>('.expand-button') ??
        shadow.querySelector<HTMLElement>('.panel-title');
      target?.focus();
    },
    back,
  };
}

/**
 * Puts text on the clipboard from the user's click. The async Clipboard API needs a secure context
 * (https, or localhost); on a plain-http server it is missing and the old copy command takes over, from a
 * field appended and removed at once.
 */
export async function copyText(doc: Document, text: string): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard) return clipboard.writeText(text);
  const field = doc.createElement('textarea');
  field.value = text;
  field.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
  doc.body.append(field);
  field.select();
  const copied = doc.execCommand('copy');
  field.remove();
  if (!copied) throw new Error('the browser refused to copy');
}

/** Saves text as a file the way a download link does. */
export function downloadText(doc: Document, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
