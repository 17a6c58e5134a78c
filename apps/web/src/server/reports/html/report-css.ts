/** The export's whole stylesheet, inline: the file must open offline, with nothing fetched. */
export const REPORT_CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#0f172a;margin:0;background:#f8fafc}
main{max-width:1040px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
.sub{color:#64748b;margin:0 0 16px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:8px}
.kpi{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:8px 10px}
.kpi b{display:block;font-size:17px;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}.kpi span{color:#64748b;font-size:12px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e2e8f0;font-size:13px}
th,td{padding:5px 8px;border-bottom:1px solid #f1f5f9;text-align:left}th{background:#f8fafc;color:#475569;font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
tr.knee td{background:#fef3c7}
.note{background:#fffbeb;border:1px solid #fde68a;border-radius:8px;padding:8px 12px;margin:8px 0}
figure{margin:12px 0;background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:8px}
figcaption{font-weight:600;font-size:13px;margin-bottom:4px}figcaption small{color:#64748b;font-weight:400}
svg text{font-size:10px;fill:#64748b}
.key{font-weight:400;font-size:12px;margin-left:8px}.key i{display:inline-block;width:10px;height:3px;margin-right:4px;vertical-align:middle}
footer{color:#94a3b8;font-size:12px;margin-top:32px}
`;
