package dev.retort.api;

/** The inline style sheet of the HTML fleet report: plain, readable, printable, light or dark. */
final class FleetReportStyle {
  static final String CSS = """
      :root{color-scheme:light dark;--fg:#1b1f24;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;\
      --bad:#cf222e;--badbg:#ffebe9;--warn:#9a6700;--warnbg:#fff8c5;--good:#1a7f37;--goodbg:#dafbe1}
      @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--bg:#0d1117;\
      --soft:#151b23;--bad:#ff7b72;--badbg:#3c1618;--warn:#d29922;--warnbg:#3a2a0a;--good:#3fb950;--goodbg:#12261e}}
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);\
      margin:0 auto;padding:1.5em;max-width:80em}
      h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.15em;display:inline;margin:0}h3{font-size:1em;margin:0 0 .5em}
      .run{color:var(--muted);margin:0 0 .8em}.n,.gist{color:var(--muted);font-weight:normal}
      .counts{list-style:none;padding:0;margin:0 0 1.5em;display:flex;flex-wrap:wrap;gap:.5em}
      .counts a{display:block;padding:.25em .7em;border:1px solid var(--line);border-radius:1em;\
      color:inherit;text-decoration:none}
      .group{margin:0 0 1.5em}section.group h2{display:block;margin-bottom:.6em}
      summary{cursor:pointer;padding:.3em 0}
      .target{border:1px solid var(--line);border-radius:6px;padding:.8em 1em;margin:0 0 .8em}
      tr.target{border:0}
      .target.status-failed,.target.status-unreachable{border-left:4px solid var(--bad)}
      .facts{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:0 0 .6em}
      .facts dt{color:var(--muted)}.facts dd{margin:0}
      .error{background:var(--badbg);border-radius:4px;padding:.6em .8em}
      .error p{margin:.2em 0}.code{font-weight:bold;color:var(--bad)}.where{color:var(--muted)}
      pre{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:.6em;overflow:auto;\
      white-space:pre-wrap;word-break:break-word;margin:.4em 0}
      code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      table{border-collapse:collapse;width:100%;margin:.4em 0}
      th,td{text-align:left;padding:.25em .6em;border-bottom:1px solid var(--line);vertical-align:top}
      th{background:var(--soft)}td.url{color:var(--muted);font-size:12px;word-break:break-all}
      td.took{white-space:nowrap}.none{color:var(--muted)}
      .badge{font-size:12px;padding:0 .5em;border-radius:1em;background:var(--soft);border:1px solid var(--line)}
      .status-failed .badge,.status-unreachable .badge{background:var(--badbg);color:var(--bad)}
      .status-skipped .badge,.status-behind .badge{background:var(--warnbg);color:var(--warn)}
      .status-upgraded .badge,.status-downgraded .badge,.status-stamped .badge{background:var(--goodbg);color:var(--good)}
      li.status-failed a,li.status-unreachable a{border-color:var(--bad);color:var(--bad)}
      @media print{details.group>*{display:block}}
      """;

  private FleetReportStyle() {}
}
