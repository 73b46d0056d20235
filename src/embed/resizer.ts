/**
 * The host-page half of iframe embedding: paste
 *   <script type="module" src="…/maillage-resizer.js"></script>
 * next to `<iframe src="…/embed.html?element=…">` and the iframe takes the
 * height of its content. Only messages from maillage iframes on the page are obeyed.
 */
interface ResizeMessage {
  type: 'maillage:resize';
  height: number;
}

const isResize = (data: unknown): data is ResizeMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as ResizeMessage).type === 'maillage:resize' &&
  Number.isFinite((data as ResizeMessage).height);

window.addEventListener('message', (event: MessageEvent) => {
  if (!isResize(event.data)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    const height = Math.max(0, Math.min(Math.ceil(event.data.height), 20_000));
    frame.style.height = `${height}px`;
  }
});
