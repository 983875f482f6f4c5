/**
 * "复制为 Markdown": copies the page's Markdown twin (a same-origin file the build wrote) to the
 * clipboard. The file is fetched inside the click's ClipboardItem, so browsers that need the write to
 * start in the click (Safari) accept it; where ClipboardItem is missing, writeText after the fetch.
 * The button stays invisible where the clipboard cannot be written (no API, insecure origin).
 */
const copyButton = document.querySelector<HTMLButtonElement>('[data-copy-markdown]');
const copyStatus = document.querySelector<HTMLElement>('[data-copy-markdown-status]');

async function markdownOf(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function copy(url: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    const blob = markdownOf(url).then((text) => new Blob([text], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  } else {
    await navigator.clipboard.writeText(await markdownOf(url));
  }
}

if (copyButton && copyStatus && navigator.clipboard && window.isSecureContext) {
  delete copyButton.dataset.pending;
  let reset: ReturnType<typeof setTimeout> | undefined;
  copyButton.addEventListener('click', () => {
    const url = copyButton.dataset.copyMarkdown!;
    copyStatus.textContent = '正在复制…';
    copy(url).then(
      () => (copyStatus.textContent = '已复制本页 Markdown'),
      () => (copyStatus.textContent = '无法写入剪贴板：请打开“本页 Markdown”链接复制'),
    );
    clearTimeout(reset);
    reset = setTimeout(() => (copyStatus.textContent = ''), 6000);
  });
}
