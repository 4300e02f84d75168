/** The help center's stylesheet, served as a file (the strict CSP allows no inline styles); `--accent` is the experience's colour. */
export const HELP_CSS = `
:root { --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --bg: #f9fafb; --accent: #2563eb;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
body { margin: 0; }
a { color: var(--accent); }
.hero { background: var(--accent); color: white; padding: 2.5rem 1.25rem 3rem; }
.hero a { color: white; text-decoration: none; }
.hero h1 { margin: 0 0 1rem; font-size: 1.75rem; }
.wrap { max-width: 52rem; margin: 0 auto; }
form.search { display: flex; gap: 0.5rem; }
form.search input { flex: 1; font: inherit; padding: 0.7rem 0.9rem; border-radius: 8px; border: 0; }
form.search button { font: inherit; padding: 0.7rem 1.1rem; border-radius: 8px; border: 0; background: #111827; color: white; cursor: pointer; }
main { padding: 1.5rem 1.25rem 4rem; }
.categories { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
.category, .result, article { background: white; border: 1px solid var(--line); border-radius: 12px; padding: 1rem 1.25rem; }
.category h2 { font-size: 1.05rem; margin: 0 0 0.5rem; }
.category ul { margin: 0; padding-left: 1.1rem; }
.category li { margin: 0.35rem 0; }
.results { display: grid; gap: 0.75rem; list-style: none; padding: 0; }
.result p { margin: 0.35rem 0 0; color: var(--muted); }
article h1 { margin-top: 0; }
article p { line-height: 1.6; white-space: pre-line; }
.crumbs { color: var(--muted); font-size: 0.9rem; margin-bottom: 1rem; }
.empty { color: var(--muted); }
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
`;
