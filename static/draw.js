// Draws the timeline's rows and the picture's marks for the app, a batch in one call (from wasm,
// up to twenty calls each). Contracts: `draw_rows` and `draw_evidence` in src/ui/timeline_rows.rs and
// `draw_marks_on_page` in src/ui/picture.rs. Only text and attribute values are set, never markup.
globalThis.tunnelDraw = {
  // Seven pieces of `words` a row, then four a line of its evidence (`lines[i]` lines); a
  // row's parts by their order in `row_template`.
  rows(templates, kinds, words, ends, lines) {
    const rows = new Array(kinds.length);
    for (let i = 0, k = 0; i < kinds.length; i++) {
      const at = k === 0 ? 0 : ends[k - 1];
      const li = templates[kinds[i]].cloneNode(true);
      const summary = li.firstElementChild;
      const select = summary.firstElementChild;
      const time = select.nextElementSibling;
      const description = time.nextElementSibling.nextElementSibling;
      const tags = description.nextElementSibling;
      li.setAttribute("data-moment", words.substring(at, ends[k]));
      li.setAttribute("aria-label", words.substring(ends[k], ends[k + 1]));
      select.setAttribute("aria-label", words.substring(ends[k + 1], ends[k + 2]));
      time.textContent = words.substring(ends[k + 2], ends[k + 3]);
      if (ends[k + 4] > ends[k + 3]) description.textContent = words.substring(ends[k + 3], ends[k + 4]);
      if (ends[k + 5] > ends[k + 4]) tags.textContent = words.substring(ends[k + 4], ends[k + 5]);
      if (ends[k + 6] > ends[k + 5]) tags.nextElementSibling.textContent = words.substring(ends[k + 5], ends[k + 6]);
      k += 7;
      if (lines[i] > 0) {
        summary.after(this.evidence(words, ends, k, lines[i]));
        k += 4 * lines[i];
      }
      rows[i] = li;
    }
    return rows;
  },

  // The evidence under a row: `count` lines from piece `from`, each its kind, its words, a safe
  // address (links whose address is safe; else empty) and whether it was found afterwards. The
  // rows are always the main document's (the app draws no other), so its `document` makes them.
  evidence(words, ends, from, count) {
    const piece = (k) => words.substring(k === 0 ? 0 : ends[k - 1], ends[k]);
    const list = document.createElement("div");
    list.className = "moment-evidence";
    if (!this.evidenceLine) {
      const line = document.createElement("p");
      line.className = "evidence";
      for (const part of ["evidence-kind", "", "evidence-seen"]) {
        const span = document.createElement("span");
        if (part) span.className = part;
        line.append(span);
      }
      this.evidenceLine = line;
    }
    for (let n = 0, k = from; n < count; n++, k += 4) {
      const line = this.evidenceLine.cloneNode(true);
      const kind = line.firstElementChild;
      const body = kind.nextElementSibling;
      kind.textContent = piece(k);
      const href = piece(k + 2);
      if (href) {
        const link = document.createElement("a");
        link.textContent = piece(k + 1);
        link.setAttribute("href", href);
        link.setAttribute("target", "_blank");
        link.setAttribute("rel", "noopener noreferrer");
        body.replaceWith(link);
      } else {
        body.textContent = piece(k + 1);
      }
      const seen = piece(k + 3);
      if (seen) line.lastElementChild.textContent = seen;
      list.append(line);
    }
    return list;
  },

  // Three pieces a mark: its place, its name, its classes if not its kind's.
  marks(group, templates, kinds, words, ends) {
    const document = group.ownerDocument;
    const fragment = document.createDocumentFragment();
    for (let i = 0, k = 0, at = 0; i < kinds.length; i++, k += 3) {
      const mark = templates[kinds[i]].cloneNode(false);
      mark.setAttribute("transform", words.substring(at, ends[k]));
      const name = words.substring(ends[k], ends[k + 1]);
      if (ends[k + 2] > ends[k + 1]) mark.setAttribute("class", words.substring(ends[k + 1], ends[k + 2]));
      mark.setAttribute("data-index", String(i));
      mark.setAttribute("aria-label", name);
      if (i === 0) mark.setAttribute("tabindex", "0");
      fragment.append(mark);
      at = ends[k + 2];
    }
    group.replaceChildren(fragment);
  },
};
