// Progressive enhancement only: entity suggestions while typing in the search box.
// Without JavaScript the form submits to / and the server lists the matches.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (!input || !list) { return; }
  var timer = null;
  var seq = 0;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    while (list.firstChild) { list.removeChild(list.firstChild); }
  }

  function show(entities) {
    close();
    entities.forEach(function (e, i) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      var a = document.createElement("a");
      a.href = "/entities/" + encodeURIComponent(e.id);
      a.id = "sugg-" + i;
      a.textContent = e.name + (e.kind ? " (" + e.kind + ")" : "");  // textContent: names are data
      li.appendChild(a);
      list.appendChild(li);
    });
    if (entities.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
  }

  function fetchSuggestions() {
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    var mine = ++seq;
    fetch("/api/entities?limit=8&q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { entities: [] }; })
      .then(function (data) { if (mine === seq) { show(data.entities || []); } })
      .catch(close);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" && !list.hidden) {
      var first = list.querySelector("a");
      if (first) { ev.preventDefault(); first.focus(); }
    } else if (ev.key === "Escape") {
      close();
    }
  });
  list.addEventListener("keydown", function (ev) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var i = links.indexOf(document.activeElement);
    if (ev.key === "ArrowDown" && i < links.length - 1) { ev.preventDefault(); links[i + 1].focus(); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); if (i > 0) { links[i - 1].focus(); } else { input.focus(); } }
    else if (ev.key === "Escape") { close(); input.focus(); }
  });
  document.addEventListener("click", function (ev) {
    if (ev.target !== input && !list.contains(ev.target)) { close(); }
  });
}());
