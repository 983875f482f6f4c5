/** How the build answers for a Markdown file (the static servers label it by its .md extension). */
export const markdownResponse = (markdown: string): Response =>
  new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
