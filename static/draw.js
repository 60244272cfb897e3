// Draws the timeline's rows and the picture's marks for the app, a batch in one call (from wasm,
// up to twenty calls each). Contracts: `draw_rows` in src/ui/timeline_rows.rs and
// `draw_marks_on_page` in src/ui/picture.rs. Only text and attribute values are set, never markup.
globalThis.tunnelDraw = {
  // Seven pieces of `words` a row; a row's parts by their order in `row_template`.
  rows(templates, kinds, words, ends) {
    const rows = new Array(kinds.length);
    for (let i = 0, k = 0, at = 0; i < kinds.length; i++, k += 7) {
      const li = templates[kinds[i]].cloneNode(true);
      const select = li.firstElementChild.firstElementChild;
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
      at = ends[k + 6];
      rows[i] = li;
    }
    return rows;
  },

  // Three pieces a mark: its place, its name, its classes if not its kind's.
  marks(group, templates, kinds, words, ends, focusable) {
    const document = group.ownerDocument;
    const fragment = document.createDocumentFragment();
    for (let i = 0, k = 0, at = 0; i < kinds.length; i++, k += 3) {
      const mark = templates[kinds[i]].cloneNode(false);
      mark.setAttribute("transform", words.substring(at, ends[k]));
      const name = words.substring(ends[k], ends[k + 1]);
      if (ends[k + 2] > ends[k + 1]) mark.setAttribute("class", words.substring(ends[k + 1], ends[k + 2]));
      if (focusable) {
        mark.setAttribute("data-index", String(i));
        mark.setAttribute("aria-label", name);
        if (i === 0) mark.setAttribute("tabindex", "0");
      } else {
        const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
        title.textContent = name;
        mark.append(title);
      }
      fragment.append(mark);
      at = ends[k + 2];
    }
    group.replaceChildren(fragment);
  },
};
