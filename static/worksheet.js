// The responder's worksheet (written into each worksheet file by `io::worksheet`). It keeps
// what the responder types in this browser's storage, under the worksheet's own key, and writes
// their answers as a file for the facilitator. It makes no request and reads nothing but the
// page: the file's Content-Security-Policy allows this script alone, by its hash.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("worksheet-data").textContent);
  var key = "tunnel-worksheet:" + data.worksheet;
  var form = document.getElementById("worksheet");
  var added = document.getElementById("remembered");
  var status = document.getElementById("save-status");
  // The answers sent in an earlier save from this browser: one cleared since is sent empty, so
  // that the facilitator sees it taken back, as for an answer the worksheet came with.
  var sent = {};

  function answerFields() {
    return form.querySelectorAll("[data-key]");
  }

  // Only what the responder wrote: text already in the worksheet when it was made (their
  // earlier answers, perhaps with pseudonyms in) is the facilitator's already. An earlier
  // answer they cleared, one the worksheet came with or one they sent before, is sent empty,
  // so that the facilitator sees it taken back.
  function collect() {
    var values = {};
    answerFields().forEach(function (field) {
      var initial = initialValue(field);
      var key = field.getAttribute("data-key");
      var written = field.value !== initial && (field.value.trim() !== "" || initial !== "");
      var takenBack = sent[key] && field.value.trim() === "";
      if (written || takenBack) values[key] = field.value;
    });
    var remembered = [];
    added.querySelectorAll(".remembered").forEach(function (row) {
      var when = row.querySelector("[data-part=when]").value;
      var text = row.querySelector("[data-part=text]").value;
      if (when !== "" || text !== "") remembered.push({ when: when, text: text });
    });
    return { values: values, remembered: remembered };
  }

  // What a field held when the worksheet was made (a choice list has no defaultValue).
  function initialValue(field) {
    if (field.tagName !== "SELECT") return field.defaultValue;
    var chosen = Array.prototype.find.call(field.options, function (option) {
      return option.defaultSelected;
    });
    return chosen ? chosen.value : field.options.length ? field.options[0].value : "";
  }

  function keep() {
    try {
      var kept = collect();
      kept.sent = Object.keys(sent);
      localStorage.setItem(key, JSON.stringify(kept));
      status.textContent = "Kept in this browser. Use \u201cSave my answers\u201d to send them.";
    } catch (e) {
      status.textContent = "This browser cannot keep your answers: use \u201cSave my answers\u201d now.";
    }
  }

  function labelled(text, control) {
    var label = document.createElement("label");
    var caption = document.createElement("span");
    caption.textContent = text;
    label.appendChild(caption);
    label.appendChild(control);
    return label;
  }

  function addRemembered(when, text) {
    var number = added.querySelectorAll(".remembered").length + 1;
    var row = document.createElement("div");
    row.className = "remembered";
    var whenInput = document.createElement("input");
    whenInput.setAttribute("data-part", "when");
    whenInput.value = when;
    var textInput = document.createElement("textarea");
    textInput.setAttribute("data-part", "text");
    textInput.value = text;
    var remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Remove remembered moment " + number;
    remove.addEventListener("click", function () {
      // The focus goes to the row that takes this one's place (or the one before), else to
      // the button that adds one: not to the top of the page.
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber();
      keep();
      (next ? next.querySelector("button") : document.getElementById("add-remembered")).focus();
    });
    row.appendChild(labelled("When, as you remember it (remembered moment " + number + ")", whenInput));
    row.appendChild(labelled("What happened (remembered moment " + number + ")", textInput));
    row.appendChild(remove);
    added.appendChild(row);
    return whenInput;
  }

  // After a removal, every row is named by its place again.
  function renumber() {
    added.querySelectorAll(".remembered").forEach(function (row, index) {
      var number = index + 1;
      var captions = row.querySelectorAll("label > span");
      captions[0].textContent = "When, as you remember it (remembered moment " + number + ")";
      captions[1].textContent = "What happened (remembered moment " + number + ")";
      row.querySelector("button").textContent = "Remove remembered moment " + number;
    });
  }

  function restore() {
    var kept = null;
    try {
      kept = JSON.parse(localStorage.getItem(key) || "null");
    } catch (e) {
      kept = null;
    }
    if (!kept) return;
    (kept.sent || []).forEach(function (name) {
      sent[name] = true;
    });
    answerFields().forEach(function (field) {
      var value = kept.values[field.getAttribute("data-key")];
      if (typeof value === "string") field.value = value;
    });
    (kept.remembered || []).forEach(function (moment) {
      addRemembered(moment.when || "", moment.text || "");
    });
    status.textContent = "Your earlier answers are back.";
  }

  function save() {
    var answers = collect();
    Object.keys(answers.values).forEach(function (name) {
      if (answers.values[name].trim() !== "") sent[name] = true;
    });
    keep();
    var response = {
      format: "tunnel-worksheet-response",
      version: 1,
      worksheet: data.worksheet,
      review: data.review,
      title: data.title,
      person: data.person,
      pseudonyms: !!data.pseudonyms,
      roster: data.roster || [],
      saved_at: new Date().toISOString(),
      values: answers.values,
      remembered: answers.remembered,
    };
    var file = new Blob([JSON.stringify(response, null, 2)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(file);
    link.download = data.file;
    document.body.appendChild(link);
    link.click();
    link.remove();
    status.textContent = "Saved as " + data.file + ": send that file to the facilitator.";
  }

  restore();
  form.addEventListener("input", keep);
  form.addEventListener("change", keep);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  document.getElementById("add-remembered").addEventListener("click", function () {
    addRemembered("", "").focus();
    keep();
  });
  document.getElementById("save-answers").addEventListener("click", save);
})();
