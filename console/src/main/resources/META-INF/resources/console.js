// Netral console: the one script. It explains, as the user types, which formal items of a report
// are still missing and how the act stands against the law (the election of its day, the reporting
// window), asked of the console; the services check again and decide. The forms work without it.
(function () {
  "use strict";
  // an import under way: its bar follows the roster's progress, and the page reloads once it is done
  var job = document.querySelector("[data-progress]");
  if (job && job.dataset.progress) {
    var poll = function () {
      fetch(job.dataset.progress, {credentials: "same-origin"}).then(function (r) { return r.ok ? r.json() : null; }).then(function (p) {
        if (!p) { return; }
        document.getElementById("import-progress").value = p.percent;
        document.getElementById("import-count").textContent = p.processed + " / " + p.total;
        document.getElementById("import-status").textContent = p.status;
        if (p.running) { setTimeout(poll, 1000); } else { location.reload(); }
      });
    };
    setTimeout(poll, 1000);
  }
})();
(function () {
  "use strict";
  var form = document.querySelector("form[data-checks=intake]");
  if (!form) { return; }
  var out = document.getElementById("checks");
  var say = out.dataset; // the texts, in the page's language
  function value(name) { var el = form.elements[name]; return el ? el.value.trim() : ""; }
  function check() {
    var items = [];
    if (form.elements["reporter.name"]) {
      items.push([value("reporter.name") && value("reporter.address"), say.reporter]);
      items.push([value("reporter.phone") || value("reporter.email"), say.contact]);
    }
    items.push([value("reported.nip") || value("reported.accountUrl") || (value("reported.name") && value("reported.agencyCode")), say.reported]);
    if (value("reported.nip") && !/^\d{18}$/.test(value("reported.nip"))) { items.push([false, say.nip]); }
    items.push([value("act"), say.act]);
    items.push([value("occurredAt"), say.when]);
    if (form.elements["place"] && form.elements["place"].required) { items.push([value("place"), say.place]); }
    items.push([value("description").length >= 20, say.description]);
    items.push([value("evidenceUrl"), say.evidence]);
    out.replaceChildren(list(items.map(function (item) { return {state: item[0] ? "OK" : "TODO", text: item[1]}; })));
  }
  var mark = {OK: "\u2713 ", TODO: "\u2022 ", NOTE: "\u2139 "};
  function list(items) {
    var ul = document.createElement("ul");
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.className = item.state.toLowerCase();
      li.textContent = mark[item.state] + item.text;
      ul.appendChild(li);
    });
    return ul;
  }
  // the material checks need the services: asked a moment after the act, its day, the day it became
  // known or the zone change; an answer overtaken by a later question is dropped
  var material = document.getElementById("material");
  var timer = null;
  var asked = 0;
  function askMaterial() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var mine = ++asked;
      var query = new URLSearchParams({form: material.dataset.form, act: value("act"), occurredAt: value("occurredAt"),
        knownAt: value("knownAt"), zone: value("zone")});
      fetch("/intake/checks?" + query, {credentials: "same-origin"}).then(function (r) { return r.ok ? r.json() : null; }).then(function (answer) {
        if (answer && mine === asked) { material.querySelector("ul").replaceWith(list(answer.items)); }
      }).catch(function () { /* the service's answer after sending still says it all */ });
    }, 400);
  }
  form.addEventListener("input", function (event) {
    check();
    if (material && ["act", "occurredAt", "knownAt", "zone"].indexOf(event.target.name) >= 0) { askMaterial(); }
  });
  check();
  if (material) { askMaterial(); }
})();
