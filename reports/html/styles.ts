/** The page's whole stylesheet: inline, no web fonts, readable on a laptop, printable. */
export const STYLES = `
:root{--fg:#1d2330;--muted:#5d6677;--line:#e3e6ec;--bg:#f6f7f9;--card:#fff;--pass:#137a3e;--pass-bg:#e7f5ec;
--fail:#b42318;--fail-bg:#fdecea;--skip:#7a6a12;--skip-bg:#f6f1d8;--accent:#2451b7;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1240px;margin:0 auto;padding:0 24px 48px}
h2{font-size:19px;margin:36px 0 4px}
h2 small{font-weight:400;color:var(--muted);font-size:14px;margin-left:8px}
p.lead{color:var(--muted);margin:0 0 14px}
code,pre,.mono{font-family:var(--mono);font-size:13px}
a{color:var(--accent)}
.banner{color:#fff;padding:28px 0 24px}
.banner.pass{background:linear-gradient(135deg,#0f6b36,#19924c)}
.banner.fail{background:linear-gradient(135deg,#9b1c13,#c9331f)}
.banner.incomplete{background:linear-gradient(135deg,#8a5a00,#b7791f)}
.banner.setup-error{background:linear-gradient(135deg,#4a4f57,#6b7280)}
.banner .inner{max-width:1240px;margin:0 auto;padding:0 24px;display:flex;gap:24px;align-items:center;flex-wrap:wrap}
.verdict{font-size:44px;font-weight:800;letter-spacing:.04em;line-height:1;padding:12px 20px;border:3px solid rgba(255,255,255,.85);border-radius:12px}
.banner h1{margin:0;font-size:22px;font-weight:650}
.banner p{margin:4px 0 0;opacity:.92}
.facts{display:flex;flex-wrap:wrap;gap:1px;background:var(--line);border:1px solid var(--line);border-radius:10px;overflow:hidden;margin:20px 0 0}
.facts div{background:var(--card);padding:10px 16px;flex:1 1 auto}
.facts dt{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.facts dd{margin:2px 0 0;font-weight:600;white-space:nowrap}
.facts dd.mono{font-size:15px}
.toolbar{position:sticky;top:0;z-index:5;background:rgba(246,247,249,.96);backdrop-filter:blur(4px);border-bottom:1px solid var(--line);padding:10px 0;margin:0 -24px;padding-left:24px;padding-right:24px;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
.toolbar input[type=search]{flex:1;min-width:220px;padding:8px 12px;border:1px solid #cfd4dc;border-radius:8px;font:inherit;background:#fff}
.toolbar label{display:flex;gap:6px;align-items:center;cursor:pointer;user-select:none;white-space:nowrap}
.toolbar nav a{margin-right:12px;font-size:14px;text-decoration:none}
.chips{display:flex;gap:8px;flex-wrap:wrap;margin:8px 0}
.chip{border-radius:999px;padding:2px 10px;font-size:13px;font-weight:600;white-space:nowrap}
.chip.passed{background:var(--pass-bg);color:var(--pass)} .chip.failed{background:var(--fail-bg);color:var(--fail)}
.chip.skipped,.chip.not-exercised,.chip.never-run{background:var(--skip-bg);color:var(--skip)} .chip.info{background:#e8eefb;color:var(--accent)}
.panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
table.matrix{width:auto}
table.matrix th.family{text-align:center;border-left:1px solid var(--line);border-bottom:2px solid #cfd4dc;white-space:nowrap}
table.matrix th.op{height:150px;border-left:1px solid var(--line);vertical-align:bottom;padding:4px 2px;text-transform:none;letter-spacing:0;font-size:12px;color:var(--fg)}
table.matrix th.op div{writing-mode:vertical-rl;transform:rotate(180deg);height:140px;margin:0 auto;text-align:left;line-height:1.25}
table.matrix th.op span{color:var(--muted)}
table.matrix td.name{white-space:nowrap;padding-right:16px}
table.matrix td.name small{display:block;color:var(--muted);font-size:12px;max-width:330px;overflow:hidden;text-overflow:ellipsis}
td.cell{width:34px;min-width:34px;text-align:center;padding:3px;border-left:1px solid var(--line)}
td.cell span{display:block;border-radius:6px;height:26px;line-height:26px;font-weight:700;font-size:13px}
td.cell.passed span{background:var(--pass-bg);color:var(--pass)}
td.cell.failed span{background:var(--fail);color:#fff}
td.cell.skipped span{background:var(--skip-bg);color:var(--skip);font-size:11px}
td.cell a{text-decoration:none;color:inherit}
.legend{font-size:13px;color:var(--muted);margin-top:10px}
.legend ol{margin:4px 0 0;padding-left:22px}
details.failure{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--fail);border-radius:10px;margin:10px 0}
details.failure>summary{cursor:pointer;padding:12px 16px;list-style:none;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
details.failure>summary::-webkit-details-marker{display:none}
details.failure>summary::before{content:"▸";color:var(--muted);transition:transform .15s}
details.failure[open]>summary::before{transform:rotate(90deg)}
details.failure .fid{font-family:var(--mono);color:var(--muted);font-size:13px}
details.failure .msg{flex-basis:100%;margin-left:22px;color:var(--fg)}
.badge{font-family:var(--mono);font-size:12.5px;padding:1px 8px;border-radius:6px;background:#eef1f6}
.badge.check{background:var(--fail-bg);color:var(--fail);font-weight:700}
.body{padding:0 18px 16px 18px;border-top:1px solid var(--line)}
dl.kv{display:grid;grid-template-columns:150px 1fr;gap:6px 14px;margin:14px 0}
dl.kv dt{color:var(--muted);font-size:13px}
dl.kv dd{margin:0;word-break:break-word}
.diff{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin:10px 0}
.diff h4,.block h4{margin:0 0 4px;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.diff .expected pre{border-left:3px solid var(--pass)} .diff .received pre{border-left:3px solid var(--fail)}
pre{background:#f3f5f8;border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin:0;white-space:pre-wrap;word-break:break-all;max-height:340px;overflow:auto}
.block{margin:12px 0;position:relative}
button.copy{float:right;margin-top:-3px;text-transform:none;letter-spacing:0;color:var(--fg);font:12px system-ui,sans-serif;padding:2px 8px;border:1px solid #cfd4dc;border-radius:6px;background:#fff;cursor:pointer}
.card{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:10px;padding:12px 16px;margin:10px 0}
.card h3{margin:0 0 6px;font-size:16px}
.card ul{margin:6px 0;padding-left:20px}
.empty{color:var(--muted);font-style:italic}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.hidden{display:none!important}
body.failures-only .ok{display:none!important}
footer{color:var(--muted);font-size:13px;margin-top:40px}
@media (max-width:800px){.grid2,.diff{grid-template-columns:1fr}dl.kv{grid-template-columns:1fr}}
@media print{.toolbar{display:none}details.failure{break-inside:avoid}}
`;
