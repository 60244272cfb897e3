// Draws a batch of the timeline's rows for the app (src/ui/timeline_rows.rs, `draw_together`).
// Each row is a copy of its kind's prepared row with seven words put in. Made from wasm, every
// row took about twenty calls across to the page (copy, find the parts, cut the words, set
// them); here a batch of 500 is one call. The words arrive as one string with where each ends.
// A row's parts are found by their order in the prepared row (`row_template`); only text and
// attribute values are set, never markup.
globalThis.tunnelRows = {
  /** Returns the rows, in order: `kinds[i]` is the index in `templates` of row i's kind, and
   *  `ends` has seven ends per row in `words`: its moment, its name, its box's name, its time,
   *  description, tags and people (an empty piece leaves that part empty). */
  draw(templates, kinds, words, ends) {
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
};
