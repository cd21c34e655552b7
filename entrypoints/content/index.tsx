// The frame and theme first: each component's own styles build on them.
import './style.css';
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { DEFAULT_HOST_PATTERNS } from '../../lib/hosts';
import type { PanelActions } from '../../components/panel-actions';
import { onSettingsChanged } from '../../lib/browser/settings-changes';
import { createPanelController, drawerBadgeText } from '../../lib/panel/controller';
import { labelingAction } from '../../lib/panel/labeling';
import { shortcutOf, turnForShortcut } from '../../lib/panel/shortcuts';
import { parseMlflowUrl, traceWithShortId, urlForTrace, workspaceName } from '../../lib/route';
import type { MessageKind } from '../../lib/protocol';
import { App } from './App';
import {
  activeWorkspace,
  copyText,
  createDrawerBadge,
  downloadText,
  installDockingStyle,
  isMlflowUi,
  isIdleFocus,
  isTyping,
  isOnKeyedControl,
  createFocusSwitch,
  letPanelTakeFocus,
  navigateTo,
  PANEL_HOST_TAG,
  setDocked,
  setPanelWidth,
  watchLocation,
  watchTheme,
} from './host-page';
import { ask } from './messaging';
import { createPageMarks } from './page-marks';

// Never wider than the window (a 320 px wide window keeps the whole panel in view).
const PANEL_WIDTH = 'clamp(min(340px, 100vw), 26vw, 480px)';

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

/** What a person does to a control; a page script can fake each of these, and none of the fakes may act. */
const USER_INPUT_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'submit',
  'input',
  'beforeinput',
  'change',
  'keydown',
  'keypress',
  'keyup',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
];

/**
 * The panel's shadow root is open (tests and assistive tech read it), so page script can reach its controls:
 * `button.click()` or `form.requestSubmit()` would write to MLflow under the user's name. Untrusted events are
 * stopped before any control sees them; only the user's own input acts on the panel.
 */
function ignoreScriptedInput(shadow: ShadowRoot) {
  for (const type of USER_INPUT_EVENTS) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}

const MARK_CHANGING_WRITES: ReadonlySet<MessageKind> = new Set(['label/write', 'label/remove', 'root-cause/confirm', 'root-cause/undo']);

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
    /** The trace MLflow's drawer opened on its session page, until the panel has shown it (it may be loading). */
    let drawerToFollow: string | null = null;
    // The panel's writes change what MLflow's pages are marked with: once one lands, the marks are asked again.
    let marksChanged = () => {};
    const controller = createPanelController({
      async ask(kind, request) {
        const reply = await ask(kind, request);
        if (reply.ok && MARK_CHANGING_WRITES.has(kind)) marksChanged();
        return reply;
      },
      onChange(state) {
        draw();
        badge.show(drawerBadgeText(state));
        if (drawerToFollow && state.kind === 'ready') followDrawer();
      },
    });
    // MLflow's session page opens a turn in its drawer without changing the URL: the panel follows the drawer.
    function followDrawer() {
      const route = routeOf(location.href);
      const { state } = controller;
      if (!drawerToFollow || route?.page !== 'chat-sessions' || state.kind !== 'ready') return;
      const traceId = traceWithShortId(
        state.session.turns.map((turn) => turn.traceId),
        drawerToFollow,
      );
      drawerToFollow = null;
      if (traceId && traceId !== state.openTraceId) controller.showRoute({ ...route, traceId });
    }
    const badge = createDrawerBadge(document, ctx.signal);
    const onDockedChange = (docked: boolean) => setDocked(document, docked);
    const openTurn = (traceId: string) => navigateTo(window, urlForTrace(location.href, traceId));
    const actions: PanelActions = {
      openTurn,
      loadTurnDetail: controller.loadTurnDetail,
      loadTurnChanges: controller.loadTurnChanges,
      refresh: controller.refresh,
      analyseEveryTurn: controller.analyseEveryTurn,
      confirmRootCause: controller.confirmRootCause,
      undoRootCause: controller.undoRootCause,
      editLabel: controller.editLabel,
      saveLabel: controller.saveLabel,
      removeLabel: controller.removeLabel,
      labelHistory: controller.labelHistory,
      setLabeling: controller.setLabeling,
      async enableHost() {
        const reply = await ask('host/enable', {});
        if (reply.ok) controller.refresh();
      },
      openOptions: (experimentId) => void ask('options/open', experimentId ? { experimentId } : {}),
      async exportSession({ format, to, includeScorerErrors }) {
        const state = controller.state;
        const pending = controller.exportSession(format, includeScorerErrors);
        if (!pending || state.kind !== 'ready') return 'No session is shown.';
        const reply = await pending;
        if (!reply.ok) return `Export failed: ${reply.error.message}`;
        const kind = format === 'markdown' ? 'Markdown' : 'JSON';
        try {
          if (to === 'clipboard') {
            await copyText(document, reply.value);
            return `Copied the session as ${kind}.`;
          }
          const name = `session-${(state.session.sessionId ?? state.openTraceId).replace(/[^\w.-]+/g, '_').slice(0, 80)}.${format === 'markdown' ? 'md' : 'json'}`;
          downloadText(document, name, reply.value, format === 'markdown' ? 'text/markdown' : 'application/json');
          return `Downloaded ${name}.`;
        } catch (error) {
          return `Export failed: ${(error as Error).message}`;
        }
      },
      async signIn(username, password) {
        const reply = await ask('sign-in/save', { username, password });
        if (reply.ok) controller.refresh();
      },
      async forgetSignIn() {
        const reply = await ask('sign-in/forget', {});
        if (reply.ok) controller.refresh();
      },
    };

    function draw() {
      if (!container) return;
      render(<App state={controller.state} host={host} actions={actions} onDockedChange={onDockedChange} />, container);
    }

    const ui = await createShadowRootUi(ctx, {
      name: PANEL_HOST_TAG,
      position: 'inline',
      // Outside <body>: Radix marks body's children aria-hidden and sets `pointer-events: none` on body
      // while its drawer is open.
      anchor: 'html',
      append: 'last',
      isolateEvents: ISOLATED_EVENTS,
      onMount(uiContainer, shadow, shadowHost) {
        ignoreScriptedInput(shadow);
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
    // A second copy of this script started while this one waited (the worker injects into open tabs as it
    // starts, while the registered script runs on the same page load): the newer one draws the panel.
    if (ctx.isInvalid) return;
    ui.mount();

    // Listened to in the capture phase so the keys work wherever the focus is (MLflow's drawer, the panel),
    // except while typing.
    const focusSwitch = createFocusSwitch(window, ui.shadow);
    // Escape inside the panel gives focus back. Captured at the shadow root: keydown stops at the panel's
    // body (isolateEvents) before it would bubble up to it.
    ui.shadow.addEventListener(
      'keydown',
      (event) => {
        if (!(event instanceof KeyboardEvent) || event.key !== 'Escape' || !event.isTrusted || isTyping(event)) return;
        event.preventDefault();
        focusSwitch.back();
      },
      { capture: true, signal: ctx.signal },
    );
    // Labeling by keyboard: plain keys, so only while that mode is on and the focus is in the panel, nowhere,
    // or on MLflow's drawer itself (which takes the focus each time a turn opens): Enter or J on one of
    // MLflow's own controls stay MLflow's.
    window.addEventListener(
      'keydown',
      (event) => {
        const labeling = labelingAction(controller.state, event);
        if (!labeling || !event.isTrusted || isTyping(event) || isOnKeyedControl(event)) return;
        if (!focusSwitch.inPanel() && !isIdleFocus(document)) return;
        event.preventDefault();
        event.stopPropagation();
        if (labeling.kind === 'open') openTurn(labeling.traceId);
        else controller.labelOpenTurn(labeling);
      },
      { capture: true, signal: ctx.signal },
    );
    window.addEventListener(
      'keydown',
      (event) => {
        const action = shortcutOf(event);
        if (!action || !event.isTrusted || isTyping(event)) return;
        if (action === 'focus-panel') {
          event.preventDefault();
          event.stopPropagation();
          if (focusSwitch.inPanel()) focusSwitch.back();
          else focusSwitch.into();
          return;
        }
        const traceId = turnForShortcut(controller.state, action);
        if (!traceId) return;
        event.preventDefault();
        event.stopPropagation();
        openTurn(traceId);
      },
      { capture: true, signal: ctx.signal },
    );

    // The route names the workspace MLflow's UI selected; when it does not, the UI's stored choice applies.
    const routeOf = (href: string) => {
      const route = parseMlflowUrl(href);
      return route && { ...route, workspace: route.workspace ?? workspaceName(activeWorkspace(window)) };
    };
    const pageMarks = createPageMarks(document, ctx.signal, ask, (shortId) => {
      drawerToFollow = shortId;
      followDrawer();
    });
    marksChanged = pageMarks.refresh;
    watchTheme(document, ctx.signal, pageMarks.setTheme);
    const showRoute = (href: string) => {
      const route = routeOf(href);
      controller.showRoute(route);
      pageMarks.showRoute(route);
    };
    showRoute(location.href);
    watchLocation(window, ctx.signal, showRoute);
    // Settings changed (a host turned on or off, attributes chosen): show the session as they now say.
    ctx.onInvalidated(onSettingsChanged(() => controller.refresh()));
  },
});
