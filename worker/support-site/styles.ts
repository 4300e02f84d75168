/** The help center's stylesheet, served as a file (the strict CSP allows no inline styles); `--accent` is the experience's colour. */
export const HELP_CSS = `
:root { --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --bg: #f9fafb; --accent: #2563eb;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
body { margin: 0; }
a { color: var(--accent); }
.hero { background: var(--accent); color: white; padding: 2.5rem 1.25rem 3rem; }
.hero a { color: white; text-decoration: none; }
.hero h1, .hero .brand { margin: 0 0 1rem; font-size: 1.75rem; font-weight: 700; }
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
article h1 { margin-top: 0; line-height: 1.25; }
.document { line-height: 1.6; }
.document h2 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; }
.document h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
.document p { margin: 0.6rem 0; }
.document ul { padding-left: 1.25rem; }
.document li { margin: 0.3rem 0; }
.document ol { list-style: none; counter-reset: step; padding-left: 0; }
.document ol > li { counter-increment: step; position: relative; padding-left: 2.4rem; margin: 0.6rem 0; min-height: 1.75rem; }
.document ol > li::before { content: counter(step); position: absolute; left: 0; top: 0; width: 1.75rem; height: 1.75rem; border-radius: 50%;
  background: var(--accent); color: white; font-weight: 700; font-size: 0.9rem; display: grid; place-items: center; }
.document code { background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.25rem; }
.document pre { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem; overflow-x: auto; }
.document blockquote { margin: 0.75rem 0; padding: 0.25rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
.updated { color: var(--muted); font-size: 0.9rem; }
.crumbs { color: var(--muted); font-size: 0.9rem; margin-bottom: 1rem; }
.crumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem; }
.crumbs li + li::before { content: "›"; margin-right: 0.25rem; }
.article-layout { display: grid; gap: 1.25rem; grid-template-columns: minmax(0, 1fr) 16rem; align-items: start; }
@media (max-width: 760px) { .article-layout { grid-template-columns: minmax(0, 1fr); } article h1 { font-size: 1.5rem; } }
.aside { display: grid; gap: 1rem; }
.related, .need-help { background: white; border: 1px solid var(--line); border-radius: 12px; padding: 1rem 1.25rem; }
.aside h2 { font-size: 1rem; margin: 0 0 0.5rem; }
.related ul { margin: 0; padding-left: 1.1rem; }
.related li { margin: 0.35rem 0; }
.need-help p { margin: 0 0 0.75rem; color: var(--muted); }
.chat-button { font: inherit; font-weight: 600; border: 0; border-radius: 8px; padding: 0.6rem 1rem; background: var(--accent); color: white; cursor: pointer; }
.helpful { border-top: 1px solid var(--line); margin-top: 1.5rem; padding-top: 1rem; }
.helpful h2 { font-size: 1rem; margin: 0 0 0.5rem; }
.helpful p { margin: 0; color: var(--muted); }
.helpful form { display: flex; gap: 0.5rem; }
.helpful button { font: inherit; min-width: 4.5rem; padding: 0.45rem 1rem; border-radius: 8px; border: 1px solid var(--accent); background: white; color: var(--accent); cursor: pointer; }
.empty { color: var(--muted); }
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
`;
