/** /compare/?a=x&b=y → /compare/x/y/ (every pair is pre-rendered). Ids are checked against the form's options. */
const form = document.getElementById('compare-form') as HTMLFormElement | null;
const status = document.getElementById('compare-status');
const ids = new Set([...(form?.querySelectorAll('option') ?? [])].map((o) => o.value));

function go(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (!ids.has(a) || !ids.has(b)) {
    if (status) status.textContent = `没有这份文件：${[a, b].filter((x) => !ids.has(x)).join('、')}`;
    return false;
  }
  if (a === b) {
    if (status) status.textContent = '请选择两份不同的文件。';
    return false;
  }
  location.replace(`/compare/${a}/${b}/`);
  return true;
}

const params = new URLSearchParams(location.search);
go(params.get('a'), params.get('b'));
form?.addEventListener('submit', (e) => {
  const data = new FormData(form);
  e.preventDefault();
  go(String(data.get('a')), String(data.get('b')));
});
export {};
