/**
 * <share-button>: shares data-url (or the current address) with the Web Share API,
 * falling back to copying the link to the clipboard and saying so in a status line.
 */
// The timeline's VIEW_FLUSH (src/client/view-flush.ts), written out so this small script stays inline on every page
// (tests/e2e/share.spec.ts shares straight after a zoom).
const VIEW_FLUSH = 'timeline:flush-view';

class ShareButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => void this.share());
  }

  /** The URL to share: data-url, else the current address (with the view in its query). */
  get url(): string {
    if (this.dataset.url) return this.dataset.url;
    // The timeline writes a view that is still settling into the address first.
    window.dispatchEvent(new Event(VIEW_FLUSH));
    return window.location.href;
  }

  async share(): Promise<void> {
    const { url } = this;
    const text = this.dataset.text;
    const data: ShareData = { title: this.dataset.title ?? document.title, ...(text === undefined ? {} : { text }), url };
    if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    await this.copy(url);
  }

  async copy(url: string): Promise<void> {
    const status = this.querySelector<HTMLElement>('.share-status');
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = this.dataset.copied ?? '';
    } catch {
      if (status) status.textContent = `${this.dataset.failed ?? ''} ${url}`;
    }
  }
}

if (!customElements.get('share-button')) customElements.define('share-button', ShareButton);
