import { handlers } from '@creditkit/mocks';
import { createMockEngine, MOCK_CUSTOMER_ID, type ScenarioName } from '@creditkit/mocks';
import { CreditsProvider, type CreditsTheme } from '@creditkit/react';
import { createCreditsClient } from '@creditkit/client';
import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { QueryClient } from '@tanstack/react-query';
import './preview.css';

/** Every story renders inside a provider on a fresh query cache, against the mocked contract. */
const withProvider: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as CreditsTheme;
  const locale = (context.globals.locale ?? 'en-US') as string;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const client = createCreditsClient({ baseUrl: window.location.origin, token: 'story-token' });
  return (
    <div className="ck-story" data-theme={theme} dir={locale.startsWith('ar') ? 'rtl' : 'ltr'} lang={locale}>
      <CreditsProvider
        client={client}
        customerId={MOCK_CUSTOMER_ID}
        locale={locale}
        theme={theme}
        queryClient={queryClient}
      >
        <Story />
      </CreditsProvider>
    </div>
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  async beforeEach({ msw, parameters }) {
    const scenario = (parameters.scenario ?? 'healthy') as ScenarioName;
    const { engine } = await createMockEngine(scenario);
    msw.use(...handlers(engine));
  },
  decorators: [withProvider],
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale for numbers and dates',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en-US', 'de-DE', 'ja-JP', 'ar'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
