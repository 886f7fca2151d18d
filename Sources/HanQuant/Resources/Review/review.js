// The review page's behaviour: renders one document at a time from the data
// HanQuant embedded (its text, facts, spans, tables and comparison with the
// fixtures), highlights every fact once, links highlights and table rows,
// and filters. Plain DOM, no libraries.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("hanquant-data").textContent);
  const columns = ["seq", "text", "value", "base_unit", "indicator", "period", "change", "target", "of", "status"];
  const select = document.getElementById("document");
  const textPane = document.getElementById("text");
  const fieldsPane = document.getElementById("fields");
  const tableBody = document.querySelector("#facts tbody");
  let current = null;

  data.documents.forEach((doc, index) => {
    const option = document.createElement("option");
    option.value = String(index);
    option.textContent = doc.doc + " (" + doc.facts.length + " facts)";
    select.appendChild(option);
  });
  if (data.fixtures) document.getElementById("changes").hidden = false;

  // The status of fact `i`: "added", "changed" (with the fixture's values) or "".
  function statusOf(doc, i) {
    const status = doc.status ? doc.status[i] : null;
    if (status === "added") return "added";
    return status && status.changed ? "changed" : "";
  }

  // Appends the text of [start, end) to `parent`, each fact inside it as a mark.
  function renderRange(doc, order, start, end, parent) {
    let low = 0, high = order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (doc.spans[order[middle]][0] < start) low = middle + 1; else high = middle;
    }
    let position = start;
    for (let k = low; k < order.length && doc.spans[order[k]][0] < end; k++) {
      const i = order[k], span = doc.spans[i];
      if (span[1] > end || doc.marks[i]) continue;
      if (span[0] > position) parent.appendChild(document.createTextNode(doc.text.slice(position, span[0])));
      doc.marks[i] = parent.appendChild(markFor(doc, i));
      position = span[1];
    }
    if (end > position) parent.appendChild(document.createTextNode(doc.text.slice(position, end)));
  }

  function markFor(doc, i) {
    const fact = doc.facts[i], mark = document.createElement("mark");
    mark.className = "fact d-" + fact.dimension + (fact.target ? " target" : "") + " " + statusOf(doc, i);
    mark.dataset.i = String(i);
    mark.title = fact.value + " " + fact.base_unit + (fact.indicator ? " · " + fact.indicator : "") + (fact.period ? " · " + fact.period : "");
    mark.textContent = doc.text.slice(doc.spans[i][0], doc.spans[i][1]);
    return mark;
  }

  // Where each line starts in the text (UTF-16 offsets), and its end without the line break.
  function lineRanges(text) {
    const ranges = [];
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end < 0) { ranges.push([start, text.length]); return ranges; }
      ranges.push([start, end]);
      start = end + 1;
    }
  }

  // A table's rows as a rendered table, when every fact on its lines lies inside one of its cells.
  function tableElement(doc, order, table, factsByLine) {
    for (const row of table.rows) {
      for (const i of factsByLine.get(row.line) || []) {
        const span = doc.spans[i];
        if (!row.cells.some((cell) => cell[0] <= span[0] && span[1] <= cell[1])) return null;
      }
    }
    const element = document.createElement("table");
    element.className = "document-table";
    for (const row of table.rows) {
      const tr = element.insertRow();
      tr.dataset.line = String(row.line);
      if (row.header) tr.className = "header";
      for (const cell of row.cells) renderRange(doc, order, cell[0], cell[1], tr.insertCell());
    }
    return element;
  }

  // The text pane: lines in chunks of about 200 (content-visibility keeps long documents quick),
  // a table's rows as a table.
  function renderText(doc) {
    const order = doc.facts.map((_, i) => i).sort((a, b) => doc.spans[a][0] - doc.spans[b][0]);
    doc.marks = new Array(doc.facts.length).fill(null);
    const lines = lineRanges(doc.text), rowTables = new Map(), factsByLine = new Map();
    doc.facts.forEach((fact, i) => {
      if (!factsByLine.has(fact.line)) factsByLine.set(fact.line, []);
      factsByLine.get(fact.line).push(i);
    });
    doc.tables.forEach((table) => table.rows.forEach((row) => rowTables.set(row.line, table)));
    textPane.textContent = "";
    let chunkStart = 0, chunkLines = 0;
    const flush = (end) => {
      if (end > chunkStart) {
        const chunk = document.createElement("div");
        chunk.className = "chunk";
        renderRange(doc, order, chunkStart, end, chunk);
        textPane.appendChild(chunk);
      }
      chunkLines = 0;
    };
    // Whether a fact runs across `offset` (a line start), which a chunk must not split.
    const covering = (offset, line) => (factsByLine.get(line) || []).some((i) => doc.spans[i][0] < offset && offset < doc.spans[i][1]);
    for (let number = 1; number <= lines.length; number++) {
      const table = rowTables.get(number);
      if (table && table.rows[0].line === number) {
        const element = tableElement(doc, order, table, factsByLine);
        if (element) {
          flush(lines[number - 1][0]);
          textPane.appendChild(element);
          const last = table.rows[table.rows.length - 1].line;
          number = last;
          chunkStart = last < lines.length ? lines[last][0] : doc.text.length;
          continue;
        }
      }
      chunkLines++;
      const next = number < lines.length ? lines[number][0] : doc.text.length;
      if (chunkLines >= 200 && !covering(next, number)) { flush(next); chunkStart = next; }
    }
    flush(doc.text.length);
  }

  function cellText(doc, i, name) {
    if (name === "status") return statusOf(doc, i);
    const value = doc.facts[i][name];
    return value === null || value === undefined ? "" : String(value);
  }

  const escapes = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
  const escaped = (text) => text.replace(/[&<>"]/g, (c) => escapes[c]);

  // The facts table, written as one string (far quicker than a DOM call per cell on a long document).
  function renderTable(doc) {
    const shown = columns.filter((name) => name !== "status" || data.fixtures);
    document.querySelector("#facts thead").innerHTML = "<tr>" + shown.map((name) => "<th>" + name + "</th>").join("") + "</tr>";
    tableBody.innerHTML = doc.facts.map((fact, i) => '<tr data-i="' + i + '" class="' + statusOf(doc, i) + '">'
      + shown.map((name) => "<td>" + escaped(cellText(doc, i, name)) + "</td>").join("") + "</tr>").join("");
    doc.rows = [...tableBody.rows];
    (doc.removed || []).forEach((fact, k) => {
      const row = tableBody.insertRow();
      row.dataset.removed = String(k);
      row.className = "removed";
      row.title = "In the fixture, not in this extraction";
      for (const name of shown) row.insertCell().textContent = name === "status" ? "removed" : (fact[name] ?? "");
    });
  }

  function renderDimensions(doc) {
    const box = document.getElementById("dimensions");
    box.querySelectorAll("label").forEach((label) => label.remove());
    const dimensions = [...new Set(doc.facts.map((fact) => fact.dimension))].sort();
    for (const dimension of dimensions) {
      const label = document.createElement("label");
      label.innerHTML = '<input type="checkbox" checked> <mark class="fact d-' + dimension + '"></mark>';
      label.firstChild.value = dimension;
      label.lastChild.textContent = dimension;
      box.appendChild(label);
    }
  }

  function showFields(doc, i) {
    const fact = doc.facts[i], status = doc.status ? doc.status[i] : null;
    const changed = status && status.changed ? status.changed : {};
    const rows = Object.keys(fact).map((name) => {
      const tr = document.createElement("tr");
      tr.insertCell().outerHTML = "<th>" + name + "</th>";
      const td = tr.insertCell();
      td.textContent = fact[name] === null ? "null" : String(fact[name]);
      if (name in changed) {
        td.className = "changed";
        const old = document.createElement("del");
        old.textContent = changed[name] === null ? "null" : String(changed[name]);
        td.prepend(old, " → ");
      }
      return tr;
    });
    fieldsPane.textContent = "";
    const table = document.createElement("table");
    rows.forEach((row) => table.appendChild(row));
    fieldsPane.appendChild(table);
  }

  // Selects fact `i`: its mark, its row and its fields; `from` says which was clicked, so the other scrolls.
  let selected = null;
  function selectFact(i, from) {
    const doc = current;
    if (selected !== null && selected < doc.facts.length) {
      if (doc.marks[selected]) doc.marks[selected].classList.remove("selected");
      doc.rows[selected].classList.remove("selected");
    }
    selected = i;
    const mark = doc.marks[i], row = doc.rows[i];
    if (mark) mark.classList.add("selected");
    if (row) row.classList.add("selected");
    showFields(doc, i);
    if (from === "text" && row) row.scrollIntoView({ block: "nearest" });
    if (from === "table" && mark) mark.scrollIntoView({ block: "center" });
  }

  // Brings the line a removed fact stood on into view, by the first fact now at or after it.
  function showLine(line) {
    const i = current.facts.findIndex((fact) => fact.line >= line);
    const mark = i >= 0 ? current.marks[i] : null;
    if (mark) mark.scrollIntoView({ block: "center" });
  }

  function applyFilters() {
    const doc = current;
    const dimensions = new Set([...document.querySelectorAll("#dimensions input:checked")].map((box) => box.value));
    const kind = document.querySelector('input[name="kind"]:checked').value;
    const noIndicator = document.getElementById("no-indicator").checked;
    const noPeriod = document.getElementById("no-period").checked;
    const onlyDifferences = document.getElementById("only-differences").checked;
    let shown = 0;
    const everything = dimensions.size === new Set(doc.facts.map((fact) => fact.dimension)).size
      && kind === "all" && !noIndicator && !noPeriod && !onlyDifferences;
    // Nothing hidden and nothing to hide: a freshly shown document is left as it is.
    if (everything && !doc.filtered) {
      document.getElementById("counts").textContent = doc.facts.length + " of " + doc.facts.length + " facts shown";
      return;
    }
    doc.filtered = !everything;
    doc.facts.forEach((fact, i) => {
      const visible = dimensions.has(fact.dimension)
        && (kind === "all" || (kind === "target") === fact.target)
        && (!noIndicator || fact.indicator === null)
        && (!noPeriod || fact.period === null)
        && (!onlyDifferences || statusOf(doc, i) !== "");
      if (visible) shown++;
      doc.rows[i].classList.toggle("hidden", !visible);
      if (doc.marks[i]) doc.marks[i].classList.toggle("dimmed", !visible);
    });
    document.getElementById("counts").textContent = shown + " of " + doc.facts.length + " facts shown";
  }

  function show(index) {
    current = data.documents[index];
    current.filtered = false;
    selected = null;
    renderText(current);
    renderTable(current);
    renderDimensions(current);
    fieldsPane.innerHTML = '<p class="hint">Click a highlighted figure or a row.</p>';
    if (data.fixtures) {
      const added = (current.status || []).filter((s) => s === "added").length;
      const changed = (current.status || []).filter((s) => s && s.changed).length;
      document.getElementById("difference-counts").textContent =
        added + " added, " + changed + " changed, " + (current.removed || []).length + " removed";
    }
    applyFilters();
  }

  textPane.addEventListener("click", (event) => {
    const mark = event.target.closest("mark.fact");
    if (mark) selectFact(Number(mark.dataset.i), "text");
  });
  tableBody.addEventListener("click", (event) => {
    const row = event.target.closest("tr");
    if (!row) return;
    if (row.dataset.i !== undefined) selectFact(Number(row.dataset.i), "table");
    else if (row.dataset.removed !== undefined) showLine(Number(current.removed[Number(row.dataset.removed)].line));
  });
  document.getElementById("filters").addEventListener("change", applyFilters);
  select.addEventListener("change", () => show(Number(select.value)));
  if (data.documents.length) show(0);
})();
