import { createCreditsClient } from '@creditkit/client';
import {
  createMockEngine,
  handlers,
  MOCK_CUSTOMER_ID,
  MOCK_NOW,
  networkConditions,
  networkHandlers,
  scenarioNames,
  scenarios,
  type NetworkCondition,
  type ScenarioName,
} from '@creditkit/mocks';
import { CreditsProvider, type CreditsTheme } from '@creditkit/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { isCommonAssetRequest } from 'msw';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { pinBrowserClock } from '../stories/support/clock';
import { storyQueryClient } from '../stories/support/states';
import { isRtl, localizationFor, storyLocales } from '../stories/support/i18n';
import { localeNames } from '../demo/i18n';
import './preview.css';

/** Every story renders inside a provider on a fresh query cache, against the mocked contract. */
const withProvider: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as CreditsTheme;
  const locale = (context.globals.locale ?? 'en-US') as string;
  const client = createCreditsClient({ baseUrl: window.location.origin, token: 'story-token' });
  return (
    <div className="ck-story" data-theme={theme} dir={isRtl(locale) ? 'rtl' : 'ltr'} lang={locale}>
      <CreditsProvider
        client={client}
        customerId={MOCK_CUSTOMER_ID}
        locale={locale}
        theme={theme}
        queryClient={storyQueryClient()}
      >
        <Story />
      </CreditsProvider>
    </div>
  );
};

/**
 * The toolbar's locale reaches the widget's words too, not only its numbers and dates: a story of
 * a translated widget gets that locale's `localization` (the demo portal's translations), unless
 * the story (or the Controls panel) sets its own.
 */
const withLocalization: Decorator = (Story, context) => {
  const localization = localizationFor(context.component, (context.globals.locale ?? 'en-US') as string);
  if (context.args.localization !== undefined || localization === undefined) return <Story />;
  return <Story args={{ ...context.args, localization }} />;
};

/**
 * The addon's own worker setup, except where the worker script is looked up: a built Storybook
 * has it beside `iframe.html`, wherever the build is served from (a sub-path too), while the dev
 * server and the Vitest runner serve the static dirs at the root.
 */
async function startWorker() {
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    serviceWorker: { url: import.meta.env.PROD ? './mockServiceWorker.js' : '/mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (isCommonAssetRequest(request) || /iframe\.html|sb-|@vite|\.stories\./.test(request.url)) return;
      print.warning();
    },
  });
  return worker;
}

/** Toolbar choices that leave the story's own scenario or network condition in place. */
const storyDefault = { value: '', title: 'As the story says' };

const preview: Preview = {
  loaders: [mswLoader(startWorker)],
  // A fresh engine per story: the toolbar's scenario wins over the story's `parameters.scenario`,
  // and a network condition (toolbar or `parameters.network`) goes in front of the engine.
  async beforeEach({ msw, parameters, globals }) {
    const scenario = (globals.scenario || parameters.scenario || 'healthy') as ScenarioName;
    const { engine } = await createMockEngine(scenario);
    msw.use(...handlers(engine));
    const network = (globals.network || parameters.network) as NetworkCondition | undefined;
    if (network) msw.use(...networkHandlers(network));
    // The browser's clock reads the engine's, so relative dates match the seeded data.
    return pinBrowserClock(MOCK_NOW);
  },
  // The first is the innermost: the provider wraps the story as localized.
  decorators: [withLocalization, withProvider],
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: "Locale for the widgets' numbers, dates and words",
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: storyLocales.map((value) => ({
          value,
          title: isRtl(value) ? `${localeNames[value]} (RTL)` : localeNames[value],
        })),
        dynamicTitle: true,
      },
    },
    scenario: {
      description: 'Seeded state of the mocked engine',
      toolbar: {
        title: 'Scenario',
        icon: 'database',
        items: [storyDefault, ...scenarioNames.map((name) => ({ value: name, title: scenarios[name].title }))],
        dynamicTitle: true,
      },
    },
    network: {
      description: 'Network condition in front of the mocked engine',
      toolbar: {
        title: 'Network',
        icon: 'transfer',
        items: [storyDefault, ...networkConditions.map((condition) => ({ value: condition, title: condition }))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US', scenario: '', network: '' },
  parameters: {
    // The story's own wrapper pads and paints the theme's background edge to edge.
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
