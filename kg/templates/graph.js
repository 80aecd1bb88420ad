// Draw the graph and wire the controls. Text from the data only ever goes
// through textContent, .value or vis-network's plain-text tooltips.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodeTypes = data.style.nodeTypes;
  var relations = data.style.edgeRelations;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  var state = { types: {}, country: "", from: "", to: "" };
  Object.keys(nodeTypes).forEach(function (t) { state.types[t] = true; });
  var hiddenNodes = {};
  var hiddenEdges = {};

  var api = { ready: false, firstDrawMs: null, nodes: nodes, edges: edges };
  window.kgGraph = api;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function fold(text) { return String(text).toLowerCase().replace(/\s+/g, " ").trim(); }

  function isVisible(n) {
    if (state.types[n.group] === false) { return false; }
    if (state.country && (n.countries || []).indexOf(state.country) < 0) { return false; }
    if (n.group === "event" && (state.from || state.to)) {
      if (!n.dateStart) { return false; }
      if (state.from && n.dateEnd < state.from) { return false; }
      if (state.to && n.dateStart > state.to) { return false; }
    }
    return true;
  }

  function visibleIds() {
    return data.nodes.filter(function (n) { return !hiddenNodes[n.id]; })
      .map(function (n) { return n.id; });
  }

  var status = document.getElementById("kg-status");
  function showCount(extra) {
    var shown = visibleIds().length;
    status.textContent = "Showing " + shown + " of " + data.nodes.length + " entities" +
      (extra ? ". " + extra : "");
  }

  function applyFilters() {
    var nodeChanges = [];
    data.nodes.forEach(function (n) {
      var hide = !isVisible(n);
      if (hide !== !!hiddenNodes[n.id]) {
        hiddenNodes[n.id] = hide;
        nodeChanges.push({ id: n.id, hidden: hide });
      }
    });
    var edgeChanges = [];
    data.edges.forEach(function (e) {
      var hide = !!(hiddenNodes[e.from] || hiddenNodes[e.to]);
      if (hide !== !!hiddenEdges[e.id]) {
        hiddenEdges[e.id] = hide;
        edgeChanges.push({ id: e.id, hidden: hide });
      }
    });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    showCount();
  }

  // Legend and type filter.
  var counts = {};
  data.nodes.forEach(function (n) { counts[n.group] = (counts[n.group] || 0) + 1; });
  var legend = document.getElementById("kg-legend");
  Object.keys(nodeTypes).forEach(function (t) {
    var spec = nodeTypes[t];
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.className = "kg-type";
    box.dataset.type = t;
    box.addEventListener("change", function () {
      state.types[t] = box.checked;
      applyFilters();
    });
    var glyph = el("span", spec.glyph, "kg-glyph");
    glyph.style.color = spec.color;
    var label = el("label");
    label.appendChild(box);
    label.appendChild(glyph);
    label.appendChild(el("span", spec.label));
    label.appendChild(el("span", String(counts[t] || 0), "kg-count"));
    var item = el("li");
    item.appendChild(label);
    legend.appendChild(item);
  });
  var relationList = document.getElementById("kg-relations");
  Object.keys(relations).forEach(function (r) {
    var line = el("span", undefined, "kg-line");
    line.style.background = relations[r].color;
    var item = el("li");
    item.appendChild(line);
    item.appendChild(el("span", relations[r].label));
    relationList.appendChild(item);
  });

  // Country filter.
  var countryNames = {};
  data.nodes.forEach(function (n) {
    if (n.group === "country" && n.countries && n.countries[0]) {
      countryNames[n.countries[0]] = n.names[0];
    }
    (n.countries || []).forEach(function (c) { countryNames[c] = countryNames[c] || c; });
  });
  var countrySelect = document.getElementById("kg-country");
  Object.keys(countryNames).sort(function (a, b) {
    return countryNames[a].localeCompare(countryNames[b]);
  }).forEach(function (code) {
    var option = el("option", countryNames[code] + " (" + code + ")");
    option.value = code;
    countrySelect.appendChild(option);
  });
  countrySelect.addEventListener("change", function () {
    state.country = countrySelect.value;
    applyFilters();
  });

  // Event date filter.
  var dateFrom = document.getElementById("kg-date-from");
  var dateTo = document.getElementById("kg-date-to");
  var starts = data.nodes.map(function (n) { return n.dateStart; }).filter(Boolean).sort();
  if (starts.length) {
    dateFrom.min = dateTo.min = starts[0];
    dateFrom.max = dateTo.max = starts[starts.length - 1].slice(0, 4) + "-12-31";
  }
  function onDates() {
    state.from = dateFrom.value;
    state.to = dateTo.value;
    applyFilters();
  }
  dateFrom.addEventListener("change", onDates);
  dateTo.addEventListener("change", onDates);

  // The network.
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  api.network = network;
  var physicsBox = document.getElementById("kg-physics");
  var physicsTimer = null;
  function physicsOff() {
    if (physicsTimer) { clearTimeout(physicsTimer); physicsTimer = null; }
    network.setOptions({ physics: { enabled: false } });
    physicsBox.checked = false;
  }
  function settle() {
    physicsOff();
    network.fit({ nodes: visibleIds(), animation: false });
    // fit() ignores labels; leave them a margin.
    network.moveTo({ scale: network.getScale() * 0.9, animation: false });
  }
  physicsBox.checked = !!data.options.physics.enabled;
  if (data.options.physics.enabled) {
    network.on("stabilizationProgress", function (p) {
      status.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      settle();
      showCount();
    });
  }
  physicsBox.addEventListener("change", function () {
    if (!physicsBox.checked) { physicsOff(); return; }
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilized", physicsOff);
    physicsTimer = setTimeout(physicsOff, 20000);
  });
  network.once("afterDrawing", function () {
    api.firstDrawMs = performance.now();
    api.ready = true;
  });

  // Details of the selected entity, as plain text.
  var details = document.getElementById("kg-details");
  network.on("selectNode", function (params) {
    var n = byId[params.nodes[0]];
    details.textContent = n ? n.title : "";
  });
  network.on("deselectNode", function () { details.textContent = ""; });

  // Search.
  var names = document.getElementById("kg-names");
  var index = [];
  data.nodes.forEach(function (n) {
    n.names.forEach(function (name, i) {
      index.push({ key: fold(name), id: n.id, primary: i === 0 });
      if (i === 0) {
        var option = el("option");
        option.value = name;
        names.appendChild(option);
      }
    });
  });
  function find(query) {
    var q = fold(query);
    if (!q) { return null; }
    var tests = [
      function (e) { return e.key === q; },
      function (e) { return e.key.indexOf(q) === 0; },
      function (e) { return e.key.indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hit = index.filter(tests[i]);
      if (hit.length) {
        hit.sort(function (a, b) { return (byId[b.id].size || 0) - (byId[a.id].size || 0); });
        return hit[0].id;
      }
    }
    return null;
  }
  function resetFilters() {
    Object.keys(state.types).forEach(function (t) { state.types[t] = true; });
    document.querySelectorAll("input.kg-type").forEach(function (b) { b.checked = true; });
    state.country = state.from = state.to = "";
    countrySelect.value = dateFrom.value = dateTo.value = "";
    applyFilters();
  }
  function jumpTo(id) {
    if (hiddenNodes[id]) { resetFilters(); }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    details.textContent = byId[id].title;
  }
  api.find = find;
  api.jumpTo = jumpTo;
  api.visibleIds = visibleIds;
  var searchBox = document.getElementById("kg-search");
  function search() {
    var id = find(searchBox.value);
    if (id === null) { showCount("No entity matches that name"); return; }
    jumpTo(id);
    showCount();
  }
  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  searchBox.addEventListener("change", search);
  document.getElementById("kg-fit").addEventListener("click", function () {
    network.fit({ nodes: visibleIds(), animation: false });
  });
  document.getElementById("kg-reset").addEventListener("click", resetFilters);

  showCount();
})();
