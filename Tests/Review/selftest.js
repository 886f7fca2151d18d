// Checks a review page through its DOM, in the browser it is open in (added
// to a copy of the page by ReviewTests): for every document of the page,
// every fact has exactly one highlight in the text; a click on each
// highlight selects that fact's table row and shows its fields, and a click
// on its row selects the highlight. The result goes into <pre id="selftest">
// as JSON, which the test reads from Chromium's --dump-dom.
// On a long document every `clickEvery`th fact is clicked (the page's
// `data-click-every` on <body>, 1 unless the test sets it).
"use strict";
(function () {
  const select = document.getElementById("document");
  const clickEvery = Number(document.body.dataset.clickEvery || "1");
  const result = { documents: [], errors: [] };
  for (let index = 0; index < select.options.length; index++) {
    select.value = String(index);
    const started = performance.now();
    select.dispatchEvent(new Event("change", { bubbles: true }));
    const renderMilliseconds = Math.round(performance.now() - started);
    const rows = document.querySelectorAll("#facts tbody tr[data-i]");
    const marks = document.querySelectorAll("#text mark.fact[data-i]");
    const perFact = new Map();
    marks.forEach((mark) => perFact.set(mark.dataset.i, (perFact.get(mark.dataset.i) || 0) + 1));
    let highlightedOnce = 0, clicksSelectingRow = 0, rowClicksSelectingMark = 0, textMatches = 0, clicked = 0;
    rows.forEach((row, k) => {
      const i = row.dataset.i;
      if (perFact.get(i) === 1) highlightedOnce++;
      const mark = document.querySelector('#text mark.fact[data-i="' + i + '"]');
      if (!mark) return;
      if (mark.textContent === row.cells[1].textContent) textMatches++;
      if (k % clickEvery !== 0) return;
      clicked++;
      mark.click();
      const selected = document.querySelectorAll("#facts tbody tr.selected");
      const fields = document.querySelector("#fields table");
      if (selected.length === 1 && selected[0] === row && fields && fields.textContent.includes(row.cells[1].textContent)) clicksSelectingRow++;
      document.body.click();
      row.cells[2].click();
      if (mark.classList.contains("selected") && document.querySelectorAll("#text mark.selected").length === 1) rowClicksSelectingMark++;
    });
    result.documents.push({
      doc: select.options[index].textContent, facts: rows.length, marks: marks.length, highlightedOnce,
      textMatches, clicked, clicksSelectingRow, rowClicksSelectingMark, renderMilliseconds,
      added: document.querySelectorAll("#facts tr.added").length,
      changed: document.querySelectorAll("#facts tr.changed").length,
      removed: document.querySelectorAll("#facts tr.removed").length,
      tables: document.querySelectorAll("#text table.document-table").length,
    });
  }
  // The filters: "no period" leaves only rows whose period cell is empty.
  select.value = "0";
  select.dispatchEvent(new Event("change", { bubbles: true }));
  const noPeriod = document.getElementById("no-period");
  noPeriod.checked = true;
  noPeriod.dispatchEvent(new Event("change", { bubbles: true }));
  const visible = [...document.querySelectorAll("#facts tbody tr[data-i]:not(.hidden)")];
  result.noPeriodFilter = { visible: visible.length, allWithoutPeriod: visible.every((row) => row.cells[5].textContent === "") };
  const pre = document.createElement("pre");
  pre.id = "selftest";
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
})();
