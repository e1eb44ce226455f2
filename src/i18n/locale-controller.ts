import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contentFor, loadContent, loadedContent, localeOf, type LocaleContent } from './locale-content.js';

/**
 * The language of one `<trd-screener>`: its own `lang`, else the language of the page around it
 * (`<html lang="es-US">` → Spanish). English is built in; another language loads the first time
 * it is asked for. Until it arrives the element keeps what it shows (nothing, the very first
 * time), so that a screen reader never starts in one language and jumps to another.
 */
export class LocaleController implements ReactiveController {
  private shown?: LocaleContent;
  /** The language last fetched: fetched again only when asked for anew (after another one). */
  private requested?: string;
  private warnedAbout?: string;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** A page that switches its own language (e.g. a language menu) switches the screen too. */
  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * The content to show for the element's own `lang` (pass the property: it is reflected only
   * after this update). Undefined while the first language loads; the host updates when it has.
   */
  content(ownLang: string | null | undefined): LocaleContent | undefined {
    const own = ownLang?.trim();
    const locale = localeOf(own || this.pageLang()) ?? 'en';
    if (own && !localeOf(own) && this.warnedAbout !== own) {
      this.warnedAbout = own;
      console.warn(`<trd-screener>: language "${own}" is not available; using English.`);
    }
    const ready = loadedContent(locale);
    if (ready) {
      this.requested = locale;
      return (this.shown = ready);
    }
    if (this.requested !== locale) {
      this.requested = locale;
      loadContent(locale)
        .catch((error: unknown) => {
          console.warn(`<trd-screener>: the "${locale}" content could not be loaded; using English.`, error);
          this.shown ??= contentFor('en').content;
        })
        .finally(() => this.host.requestUpdate());
    }
    return this.shown;
  }

  private pageLang(): string {
    return this.host.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  }
}
