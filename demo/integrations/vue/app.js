// A Vue 3 app with the widget. Vue must be told that <trd-screener> is a custom element, not a
// Vue component. This page compiles its template in the browser, so it says so below; an app
// built with Vite and .vue files says it in vite.config:
//   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'trd-screener' } } })
import { createApp, ref } from 'vue/dist/vue.esm-browser.js'; // in your app: from 'vue'
import '../../../dist/trd-screener.js'; // in your app: import 'trd-screener';

const app = createApp({
  setup() {
    const step = ref(null);
    const result = ref(null);
    return { step, result };
  },
  template: `
    <main>
      <h1>Depression self-screen</h1>
      <p id="status" aria-live="polite">
        {{ result ? 'Finished: ' + result.pattern : step ? 'Step ' + step.index + ' of ' + step.total : '' }}
      </p>
      <trd-screener
        clinic-name="Birchwood Health"
        :contactHref.prop="'#book'"
        @screener-step="step = $event.detail"
        @screener-complete="result = $event.detail.result"
      ></trd-screener>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'trd-screener';
app.mount('#app');
