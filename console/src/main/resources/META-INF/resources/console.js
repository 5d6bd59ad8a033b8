// Netral console: the one script. It explains, as the user types, which formal items of a report
// are still missing (the service checks them again and decides); the forms work without it.
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
    var known = value("knownAt") || value("occurredAt");
    if (known) {
      var days = (Date.now() - new Date(known).getTime()) / 86400000;
      items.push([days <= 7, say.window]);
    }
    var list = document.createElement("ul");
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.className = item[0] ? "ok" : "todo";
      li.textContent = (item[0] ? "\u2713 " : "\u2022 ") + item[1];
      list.appendChild(li);
    });
    out.replaceChildren(list);
  }
  form.addEventListener("input", check);
  check();
})();
