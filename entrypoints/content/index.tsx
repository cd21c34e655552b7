import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { DEFAULT_HOST_PATTERNS } from '../../lib/hosts';
import { createPanelController, drawerBadgeText, turnForShortcut, type PanelState, type ShortcutAction } from '../../lib/panel/controller';
import { parseMlflowUrl, urlForTrace } from '../../lib/route';
import { SETTINGS_KEY } from '../../lib/browser/settings-item';
import { App } from './App';
import {
  createDrawerBadge,
  installDockingStyle,
  isMlflowUi,
  isTyping,
  letPanelTakeFocus,
  navigateTo,
  PANEL_HOST_TAG,
  setDocked,
  setPanelWidth,
  watchLocation,
  watchTheme,
} from './host-page';
import { panelTransport, requestEnableHost, requestOpenOptions } from './messaging';
import './style.css';

const PANEL_WIDTH = 'clamp(340px, 26vw, 480px)';

/**
 * Events that must not reach MLflow's document listeners: Radix closes its drawer on a pointer-down or
 * focus outside it, and its scroll lock swallows wheel events outside it. Stopping them at the panel keeps
 * both the drawer and the panel working.
 */
const ISOLATED_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'contextmenu',
  'touchstart',
  'touchmove',
  'touchend',
  'wheel',
  'focusin',
  'focusout',
  'keydown',
  'keyup',
  'keypress',
];

export default defineContentScript({
  matches: DEFAULT_HOST_PATTERNS,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',

  async main(ctx) {
    if (!isMlflowUi(document)) return;
    installDockingStyle(document, ctx.signal);
    setPanelWidth(document, PANEL_WIDTH);
    const host = location.host;

    let container: HTMLElement | null = null;
    let state: PanelState = { kind: 'hidden' };
    const controller = createPanelController({
      ...panelTransport,
      onChange(next) {
        state = next;
        draw();
        badge.show(drawerBadgeText(state));
      },
    });
    const badge = createDrawerBadge(document, ctx.signal);
    const onDockedChange = (docked: boolean) => setDocked(document, docked);
    const openTurn = (traceId: string) => navigateTo(window, urlForTrace(location.href, traceId));
    const onChooseAttributes = (experimentId: string) => void requestOpenOptions(experimentId);
    const onEnableHost = async () => {
      const response = await requestEnableHost();
      if (response.ok) controller.refresh();
    };

    function draw() {
      if (!container) return;
      render(
        <App
          state={state}
          host={host}
          controller={controller}
          openTurn={openTurn}
          onEnableHost={onEnableHost}
          onChooseAttributes={onChooseAttributes}
          onDockedChange={onDockedChange}
        />,
        container,
      );
    }

    const ui = await createShadowRootUi(ctx, {
      name: PANEL_HOST_TAG,
      position: 'inline',
      // Outside <body>: Radix marks body's children aria-hidden and sets `pointer-events: none` on body
      // while its drawer is open.
      anchor: 'html',
      append: 'last',
      isolateEvents: ISOLATED_EVENTS,
      onMount(uiContainer, _shadow, shadowHost) {
        container = uiContainer;
        letPanelTakeFocus(window, shadowHost, ctx.signal);
        // A click on a control must not move focus out of MLflow's drawer (its focus trap would take it
        // back, and keyboard users would lose their place there).
        uiContainer.addEventListener('mousedown', (event) => {
          if (event.target instanceof Element && event.target.closest('button, summary')) event.preventDefault();
        });
        watchTheme(document, ctx.signal, (theme) => (uiContainer.dataset.theme = theme));
        draw();
      },
      onRemove() {
        if (container) render(null, container);
        container = null;
      },
    });
    ui.mount();

    // Alt+Shift+↑/↓/R: previous turn, next turn, root-cause turn. Listened to in the capture phase so the
    // keys work wherever the focus is (MLflow's drawer, the panel), except while typing.
    const SHORTCUT_KEYS: Record<string, ShortcutAction> = { ArrowUp: 'previous', ArrowDown: 'next', KeyR: 'root-cause' };
    window.addEventListener(
      'keydown',
      (event) => {
        const action = SHORTCUT_KEYS[event.code];
        if (!action || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || isTyping(event)) return;
        const traceId = turnForShortcut(state, action);
        if (!traceId) return;
        event.preventDefault();
        event.stopPropagation();
        openTurn(traceId);
      },
      { capture: true, signal: ctx.signal },
    );

    controller.showRoute(parseMlflowUrl(location.href));
    watchLocation(window, ctx.signal, (href) => controller.showRoute(parseMlflowUrl(href)));
    // Settings changed (a host turned on or off, attributes chosen): show the session as they now say.
    const onStorageChange = (changes: Record<string, unknown>) => {
      if (SETTINGS_KEY in changes) controller.refresh();
    };
    browser.storage.onChanged.addListener(onStorageChange);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChange));
  },
});
