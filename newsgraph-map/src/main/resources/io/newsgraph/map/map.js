/*
 * newsgraph map page. Reads the graph from the JSON block, draws it with Cytoscape.js and
 * explains every line with its evidence. All text from the data reaches the page through
 * textContent, attributes set one by one, or Cytoscape data (drawn on a canvas): never as markup.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var meta = data.meta;
  var TYPES = ['Person', 'Organization', 'Location', 'Product', 'Event', 'Other'];
  var MODALITIES = ['asserted', 'reported', 'hypothetical'];
  var started = performance.now();

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function human(predicate) { return predicate.toLowerCase().replace(/_/g, ' '); }
  function negated(e) { return e.polarity === 'negative'; }
  function disputed(e) { return !!e.claim && e.claim.status === 'disputed'; }
  function edgeLabel(e) { return (negated(e) ? 'not ' : '') + human(e.predicate); }
  function short(name, max) { return name.length > max ? name.slice(0, max - 1) + '\u2026' : name; }
  function nodeSize(degree) { return Math.min(80, 22 + 9 * Math.sqrt(degree)); }
  function color(type) { return meta.colors[type] || meta.colors.Other; }
  function fixed(x) { return Number(x).toFixed(2); }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  /** Only web links become clickable: a javascript: or data: URL in an article would run code. */
  function safeUrl(url) { return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null; }

  // ---- indexes ----------------------------------------------------------------------------
  var nodeIndex = {};
  data.nodes.forEach(function (n, i) { nodeIndex[n.id] = i; });
  var src = data.edges.map(function (e) { return nodeIndex[e.source]; });
  var tgt = data.edges.map(function (e) { return nodeIndex[e.target]; });
  var incident = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e, j) {
    incident[src[j]].push(j);
    if (tgt[j] !== src[j]) { incident[tgt[j]].push(j); }
  });
  var predicates = [];
  data.edges.forEach(function (e) { if (predicates.indexOf(e.predicate) < 0) { predicates.push(e.predicate); } });
  predicates.sort();

  // ---- graph ------------------------------------------------------------------------------
  var many = data.nodes.length > 300;
  var maxDegree = data.nodes.reduce(function (m, n) { return Math.max(m, n.degree); }, 1);
  /** In a large graph the names of hubs are drawn larger, so they stay readable when zoomed out. */
  function fontSize(degree) { return many ? Math.round(10 + 30 * Math.pow(degree / maxDegree, 1.5)) : 14; }

  /** Entities only mentioned, in no fact: drawn small and grey in a block of their own beside the graph. */
  var factless = data.nodes.map(function (n, i) { return incident[i].length === 0; });
  var FACTLESS_FONT = 12;

  var elements = [];
  data.nodes.forEach(function (n, i) {
    var classes = [];
    if (n.implicit) { classes.push('implicit'); }
    if (factless[i]) { classes.push('factless'); }
    elements.push({
      group: 'nodes',
      data: { id: 'n' + i, i: i, label: short(n.name, 40), color: color(n.type), size: nodeSize(n.degree), font: fontSize(n.degree), wrap: 9 * fontSize(n.degree) },
      classes: classes.join(' ')
    });
  });
  data.edges.forEach(function (e, j) {
    var classes = [MODALITIES.indexOf(e.modality) >= 0 ? e.modality : 'asserted'];
    if (negated(e)) { classes.push('negated'); }
    if (disputed(e)) { classes.push('disputed'); }
    if (e.symmetric) { classes.push('symmetric'); }
    if (e.tone) { classes.push('tone-' + e.tone); }
    elements.push({
      group: 'edges',
      data: { id: 'e' + j, i: j, source: 'n' + src[j], target: 'n' + tgt[j], label: edgeLabel(e) },
      classes: classes.join(' ')
    });
  });

  var cy = cytoscape({
    container: $('cy'),
    elements: elements,
    minZoom: 0.05,
    maxZoom: 5,
    textureOnViewport: many,
    hideEdgesOnViewport: data.edges.length > 1500,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(color)', width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 'data(font)', 'font-weight': 500, color: '#1f2933',
        'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 4,
        'text-wrap': 'wrap', 'text-max-width': 'data(wrap)',
        'text-outline-color': '#fbfcfd', 'text-outline-width': 2.5, 'text-outline-opacity': 0.9,
        'min-zoomed-font-size': many ? 7 : 3, 'border-width': 2, 'border-color': '#ffffff'
      } },
      { selector: 'node.implicit', style: { 'border-style': 'dashed', 'border-color': '#8a8f98' } },
      // Secondary but readable: a small dot, a grey name of one size whatever the graph's size.
      { selector: 'node.factless', style: {
        width: 12, height: 12, 'background-opacity': 0.6, 'border-width': 1,
        'font-size': FACTLESS_FONT, 'font-weight': 400, color: '#52606d', 'text-margin-y': 3,
        'text-max-width': 12 * FACTLESS_FONT, 'min-zoomed-font-size': 5
      } },
      { selector: 'edge', style: {
        width: 1.8, 'curve-style': 'bezier', 'line-color': meta.edgeColor,
        'target-arrow-shape': 'triangle', 'target-arrow-color': meta.edgeColor, 'arrow-scale': 1.1,
        label: 'data(label)', 'font-size': many ? 10 : 11, color: '#44505c', 'text-rotation': 'autorotate',
        'text-background-color': '#fbfcfd', 'text-background-opacity': 0.9, 'text-background-padding': 2,
        'min-zoomed-font-size': many ? 8 : 3
      } },
      // Far out, line labels are a smear: drawn only once zoomed in (see edgeLabelZoom), or for lit lines.
      { selector: 'edge.quiet', style: { label: '' } },
      { selector: 'edge.reported', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
      { selector: 'edge.hypothetical', style: { 'line-style': 'dotted', opacity: 0.6 } },
      // Only while "colour by Goldstein weight" is on (the 'toned' class); negated and disputed lines keep their own colours.
      { selector: 'edge.toned.tone-cooperation', style: { 'line-color': meta.toneColors.cooperation, 'target-arrow-color': meta.toneColors.cooperation, width: 2.6 } },
      { selector: 'edge.toned.tone-neutral', style: { 'line-color': meta.toneColors.neutral, 'target-arrow-color': meta.toneColors.neutral } },
      { selector: 'edge.toned.tone-conflict', style: { 'line-color': meta.toneColors.conflict, 'target-arrow-color': meta.toneColors.conflict, width: 2.6 } },
      { selector: 'edge.negated', style: {
        'line-color': meta.negatedColor, 'target-arrow-color': meta.negatedColor, color: meta.negatedColor,
        'target-arrow-shape': 'tee', opacity: 0.75
      } },
      { selector: 'edge.disputed', style: {
        'line-color': meta.disputedColor, 'target-arrow-color': meta.disputedColor, color: meta.disputedColor, width: 4
      } },
      { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
      { selector: 'node.match', style: {
        'underlay-color': '#facc15', 'underlay-opacity': 0.75, 'underlay-padding': 7, 'underlay-shape': 'ellipse'
      } },
      { selector: 'node:selected', style: { 'border-color': '#1f2933', 'border-width': 4 } },
      { selector: 'edge:selected', style: {
        width: 4, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', color: '#1d4ed8', opacity: 1, 'z-index': 10
      } },
      { selector: 'edge.lit', style: {
        label: 'data(label)', 'min-zoomed-font-size': 0, 'z-index': 9, 'text-background-opacity': 1
      } },
      // Where names would collide, a name moves beside or above its dot, or is left out (placeNames).
      { selector: 'node.name-top', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
      { selector: 'node.name-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 } },
      { selector: 'node.name-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -4, 'text-margin-y': 0 } },
      { selector: 'node.crowded', style: { label: '' } },
      { selector: 'node.crowded.pointed, node.crowded:selected, node.crowded.match', style: {
        label: 'data(label)', 'z-index': 20, 'text-background-color': '#fbfcfd', 'text-background-opacity': 0.9,
        'text-background-padding': 2
      } },
      { selector: '.hidden', style: { display: 'none' } }
    ]
  });

  // ---- layout: once, reproducible (seeded), tuned for a few to a few hundred nodes --------
  function seededRandom(seed) {
    return function () {
      seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function runLayout() {
    var loose = cy.nodes('.factless');
    var connected = cy.elements().not(loose);
    var n = connected.nodes().length;
    var block = measureFactless(loose);
    var cw = Math.max(400, cy.width());
    var ch = Math.max(300, cy.height());
    // A small graph starts in a box shaped like the window, so the drawing fills it instead of
    // a tall column; a large one needs room beyond the window and is zoomed out instead. The
    // fact-less block gets its share of the window: a strip below, or right in a wide window.
    var box;
    if (n <= 200) {
      box = { x1: 0, y1: 0, w: cw, h: ch };
      if (block.area > 0) {
        if (cw > 1.6 * ch) {
          box.w = Math.max(300, cw - Math.max(block.widest, FIT_SLACK * block.area / ch) - block.gap);
        } else {
          box.h = Math.max(200, ch - FIT_SLACK * block.area / cw - block.gap);
        }
      }
    }
    var iterations = Math.max(150, Math.min(1000, Math.round(400000 / Math.max(n, 1))));
    var random = Math.random;
    Math.random = seededRandom(20240601);
    try {
      connected.layout({
        name: 'cose', animate: false, randomize: true, fit: false, padding: 40,
        nodeDimensionsIncludeLabels: n <= 150,
        boundingBox: box,
        idealEdgeLength: function () { return n > 200 ? 70 : 60; },
        edgeElasticity: function () { return 100; },
        nodeRepulsion: function () { return n > 200 ? 120000 : 80000; },
        nodeOverlap: 12,
        gravity: n > 200 ? 0.6 : 0.4,
        // Each step costs about n squared: large graphs get fewer steps, cooled faster to match.
        numIter: iterations,
        initialTemp: 1000, coolingFactor: Math.pow(1 / 1000, 1 / iterations), minTemp: 1,
        componentSpacing: 80
      }).run();
    } finally {
      Math.random = random;
    }
    placeFactless(block, n ? connected.boundingBox({ includeLabels: true }) : null, cw, ch);
    cy.fit(undefined, 40);
    capZoom();
  }

  /** Rows are grouped by type and never full: their area is about this much more than the names'. */
  var FIT_SLACK = 1.25;

  /** Each fact-less node's box with its name, which does not depend on where the node is. */
  function measureFactless(nodes) {
    var gapX = 1.5 * FACTLESS_FONT;
    var gapY = 0.9 * FACTLESS_FONT;
    var cells = nodes.map(function (node) {
      var bb = node.boundingBox({ includeLabels: true, includeOverlays: false });
      var p = node.position();
      var d = data.nodes[node.data('i')];
      return { node: node, w: bb.w, h: bb.h, dx: p.x - bb.x1, dy: p.y - bb.y1, type: TYPES.indexOf(d.type), name: d.name.toLowerCase() };
    });
    cells.sort(function (a, b) { return a.type - b.type || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
    var area = 0;
    var widest = 0;
    cells.forEach(function (c) { area += (c.w + gapX) * (c.h + gapY); widest = Math.max(widest, c.w); });
    return { cells: cells, area: area, widest: widest, gapX: gapX, gapY: gapY, gap: 4 * FACTLESS_FONT };
  }

  /**
   * Fact-less entities in rows, grouped by type and sorted by name, each cell as wide as its
   * node's name box and gaps that follow the name's font size, so no two names overlap. The block
   * goes below or right of the fact graph, whichever lets the whole drawing fill the window best.
   */
  function placeFactless(block, main, cw, ch) {
    if (!block.cells.length) { return; }
    var area = FIT_SLACK * block.area;
    var width;
    var origin;
    if (!main) {
      width = Math.max(block.widest, Math.sqrt(area * cw / ch));
      origin = { x: 0, y: 0 };
    } else {
      // The zoom the whole drawing would get with the block below and with it to the right.
      var below = Math.max(block.widest, main.w);
      var belowZoom = Math.min(cw / below, ch / (main.h + block.gap + area / below));
      var right = Math.max(block.widest, area / Math.max(main.h, 1));
      var rightZoom = Math.min(cw / (main.w + block.gap + right), ch / Math.max(main.h, area / right));
      if (belowZoom >= rightZoom) {
        width = below;
        origin = { x: main.x1, y: main.y2 + block.gap };
      } else {
        width = right;
        origin = { x: main.x2 + block.gap, y: main.y1 };
      }
    }
    var x = 0;
    var y = 0;
    var rowHeight = 0;
    var lastType = null;
    cy.batch(function () {
      block.cells.forEach(function (c) {
        if (x > 0 && (x + c.w > width || c.type !== lastType)) {
          x = 0;
          y += rowHeight + block.gapY;
          rowHeight = 0;
        }
        c.node.position({ x: origin.x + x + c.dx, y: origin.y + y + c.dy });
        x += c.w + block.gapX;
        rowHeight = Math.max(rowHeight, c.h);
        lastType = c.type;
      });
    });
  }

  // ---- names in dense clusters: the better connected entity's name gets the room -----------
  /**
   * Names are drawn at a size in the graph's own units, so two names that overlap do so at every
   * zoom. After the layout and after every filter change, the visible entities with facts are
   * taken from most to fewest facts; each name goes below its dot, else above, right or left,
   * wherever it covers no name already placed and no other dot; where none is free, the name is
   * left out (class crowded) and shows when the entity is pointed at, selected or found.
   */
  var NAME_SPOTS = ['', 'name-top', 'name-right', 'name-left'];
  var NAME_GAP = 4;

  function placeNames() {
    var nodes = cy.nodes().filter(function (n) { return !n.hasClass('hidden') && !n.hasClass('factless'); });
    // Sizes are measured with every name in its default place, outside a batch so the style is current.
    cy.batch(function () { nodes.removeClass('crowded name-top name-right name-left'); });
    var sizes = {};
    nodes.forEach(function (n) { sizes[n.id()] = nameSize(n); });
    var order = nodes.toArray().sort(function (a, b) {
      return data.nodes[b.data('i')].degree - data.nodes[a.data('i')].degree || a.data('i') - b.data('i');
    });
    var grid = new BoxGrid(60);
    nodes.forEach(function (n) { grid.add(dotBox(n), n.id()); });
    var spots = {};
    order.forEach(function (node) {
      var size = sizes[node.id()];
      if (!size) { return; }
      for (var k = 0; k < NAME_SPOTS.length; k++) {
        var box = nameBox(node, size, NAME_SPOTS[k]);
        if (!grid.hits(box, node.id())) {
          grid.add(box, node.id());
          spots[node.id()] = NAME_SPOTS[k];
          return;
        }
      }
      spots[node.id()] = 'crowded';
    });
    cy.batch(function () {
      nodes.forEach(function (n) { if (spots[n.id()]) { n.addClass(spots[n.id()]); } });
    });
  }

  function dotBox(node) {
    var p = node.position();
    var r = node.width() / 2;
    return { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
  }

  /** The name's width and height in graph units, measured where Cytoscape puts it by default (below). */
  function nameSize(node) {
    var bb = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    return bb.w > 0 && bb.h > 0 && isFinite(bb.w) ? { w: bb.w, h: bb.h } : null;
  }

  function nameBox(node, size, spot) {
    var p = node.position();
    var r = node.width() / 2;
    if (spot === 'name-top') {
      return { x1: p.x - size.w / 2, x2: p.x + size.w / 2, y1: p.y - r - NAME_GAP - size.h, y2: p.y - r - NAME_GAP };
    }
    if (spot === 'name-right') {
      return { x1: p.x + r + NAME_GAP, x2: p.x + r + NAME_GAP + size.w, y1: p.y - size.h / 2, y2: p.y + size.h / 2 };
    }
    if (spot === 'name-left') {
      return { x1: p.x - r - NAME_GAP - size.w, x2: p.x - r - NAME_GAP, y1: p.y - size.h / 2, y2: p.y + size.h / 2 };
    }
    return { x1: p.x - size.w / 2, x2: p.x + size.w / 2, y1: p.y + r + NAME_GAP, y2: p.y + r + NAME_GAP + size.h };
  }

  /** Boxes in buckets of a fixed cell size, so that checking a name costs what is near it, not the whole graph. */
  function BoxGrid(cell) {
    var cells = {};
    function keys(b, visit) {
      for (var gx = Math.floor(b.x1 / cell); gx <= Math.floor(b.x2 / cell); gx++) {
        for (var gy = Math.floor(b.y1 / cell); gy <= Math.floor(b.y2 / cell); gy++) { visit(gx + ',' + gy); }
      }
    }
    this.add = function (b, owner) {
      var entry = { b: b, owner: owner };
      keys(b, function (k) { (cells[k] = cells[k] || []).push(entry); });
    };
    this.hits = function (b, self) {
      var hit = false;
      keys(b, function (k) {
        (cells[k] || []).forEach(function (e) {
          if (!hit && e.owner !== self && b.x1 < e.b.x2 && e.b.x1 < b.x2 && b.y1 < e.b.y2 && e.b.y1 < b.y2) { hit = true; }
        });
      });
      return hit;
    };
  }

  // ---- line labels: only when zoomed in far enough to read them, or for lit lines ---------
  /**
   * The zoom from which line labels are drawn for every line: about 9 px text on screen. A map
   * of up to 100 lines shows them at any zoom: few labels do not smear, and they are the story.
   */
  var edgeLabelZoom = data.edges.length <= 100 ? 0 : 9 / (many ? 10 : 11);
  var edgeLabelsOn = null;

  function updateEdgeLabels() {
    var on = cy.zoom() >= edgeLabelZoom - 1e-9;
    if (on === edgeLabelsOn) { return; }
    edgeLabelsOn = on;
    cy.batch(function () { cy.edges().toggleClass('quiet', !on); });
  }

  var hovered = null;

  /** Lines of the selected or pointed-at entity, and selected lines, keep their labels at any zoom. */
  function updateLit() {
    var lit = cy.edges(':selected');
    cy.nodes(':selected').forEach(function (node) { lit = lit.union(node.connectedEdges()); });
    if (hovered) { lit = lit.union(hovered.connectedEdges()); }
    cy.batch(function () {
      cy.edges('.lit').difference(lit).removeClass('lit');
      lit.addClass('lit');
    });
  }

  /** A tiny graph should not be blown up to fill the screen. */
  function capZoom() {
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
    }
  }

  // ---- filters and focus ------------------------------------------------------------------
  var state = {
    types: {}, predicates: {}, article: '', minConfidence: 0,
    hideNegated: false, hideHypothetical: false, hideReported: false, hideIsolated: false,
    tones: { cooperation: true, neutral: true, conflict: true, none: true },
    focus: null, hops: 2,
    timeFrom: null, timeUntil: null, includeUndated: true
  };
  TYPES.forEach(function (t) { state.types[t] = true; });
  predicates.forEach(function (p) { state.predicates[p] = true; });

  function edgePasses(e) {
    if (!state.predicates[e.predicate] || e.confidence + 1e-9 < state.minConfidence) { return false; }
    if (state.hideNegated && negated(e)) { return false; }
    if (state.hideHypothetical && e.modality === 'hypothetical') { return false; }
    if (state.hideReported && e.modality === 'reported') { return false; }
    if (!state.tones[e.tone || 'none']) { return false; }
    if (!inTimeWindow(e)) { return false; }
    if (state.article) {
      return e.evidence.some(function (ev) { return ev.article === state.article; });
    }
    return true;
  }

  function computeVisible() {
    var edgeOk = data.edges.map(edgePasses);
    var nodeOk = data.nodes.map(function (n) { return !!state.types[n.type]; });
    if (state.article) {
      var linked = [];
      edgeOk.forEach(function (ok, j) { if (ok) { linked[src[j]] = true; linked[tgt[j]] = true; } });
      nodeOk = nodeOk.map(function (ok, i) {
        return ok && (linked[i] === true || data.nodes[i].articles.indexOf(state.article) >= 0);
      });
    }
    if (state.focus !== null) { nodeOk[state.focus] = true; }
    edgeOk = edgeOk.map(function (ok, j) { return ok && nodeOk[src[j]] && nodeOk[tgt[j]]; });
    if (state.focus !== null) {
      var reached = neighbourhood(state.focus, state.hops, edgeOk);
      nodeOk = nodeOk.map(function (ok, i) { return ok && reached[i] === true; });
      edgeOk = edgeOk.map(function (ok, j) { return ok && nodeOk[src[j]] && nodeOk[tgt[j]]; });
    }
    if (state.hideIsolated) {
      var degree = [];
      edgeOk.forEach(function (ok, j) { if (ok) { degree[src[j]] = 1; degree[tgt[j]] = 1; } });
      nodeOk = nodeOk.map(function (ok, i) { return ok && (degree[i] === 1 || i === state.focus); });
    }
    return { nodes: nodeOk, edges: edgeOk };
  }

  // ---- timeline: a histogram of dated sentences and a from/until window over it ----------
  /**
   * MapJson gives each sentence a day ("yyyy-MM-dd", from its own date, its fact's or its
   * article's) and each edge its distinct days. Days are grouped into days, months or years,
   * whichever gives at most TIME_BARS bars over the data's span; the window runs from one group
   * to another, both included. An edge passes when one of its days falls inside the window, or
   * when it has none and undated facts are included.
   */
  var TIME_BARS = 60;
  var timeline = buildTimeAxis();

  function buildTimeAxis() {
    var counts = {};
    data.edges.forEach(function (e) {
      e.evidence.forEach(function (ev) { if (ev.day) { counts[ev.day] = (counts[ev.day] || 0) + 1; } });
    });
    var days = Object.keys(counts).sort();
    if (days.length < 2) { return null; }
    var first = days[0];
    var last = days[days.length - 1];
    var keyLength = [10, 7, 4].filter(function (k) { return timeKeys(first, last, k).length <= TIME_BARS; })[0] || 4;
    var keys = timeKeys(first, last, keyLength);
    var perKey = {};
    days.forEach(function (d) { perKey[d.slice(0, keyLength)] = (perKey[d.slice(0, keyLength)] || 0) + counts[d]; });
    return { keyLength: keyLength, keys: keys, counts: keys.map(function (k) { return perKey[k] || 0; }) };
  }

  /** Every day (keyLength 10), month (7) or year (4) from the first day's to the last day's, in order. */
  function timeKeys(first, last, keyLength) {
    var keys = [];
    var at = new Date(Date.UTC(+first.slice(0, 4), keyLength > 4 ? +first.slice(5, 7) - 1 : 0, keyLength > 7 ? +first.slice(8, 10) : 1));
    var end = last.slice(0, keyLength);
    // Days and months stop counting past TIME_BARS (too many: the next coarser unit is used); years never do.
    while (keyLength === 4 || keys.length <= TIME_BARS) {
      var key = at.toISOString().slice(0, keyLength);
      keys.push(key);
      if (key >= end) { break; }
      if (keyLength === 10) { at.setUTCDate(at.getUTCDate() + 1); } else if (keyLength === 7) { at.setUTCMonth(at.getUTCMonth() + 1); } else { at.setUTCFullYear(at.getUTCFullYear() + 1); }
    }
    return keys;
  }

  function inTimeWindow(e) {
    if (!timeline) { return true; }
    if (!e.days.length) { return state.includeUndated; }
    var n = timeline.keyLength;
    return e.days.some(function (d) {
      var key = d.slice(0, n);
      return key >= state.timeFrom && key <= state.timeUntil;
    });
  }

  function buildTimeline() {
    if (!timeline) { return; }
    $('timeline').hidden = false;
    var bars = $('timeline-bars');
    var most = Math.max.apply(null, timeline.counts);
    timeline.keys.forEach(function (key, k) {
      var bar = el('span', 'bar');
      bar.style.height = (timeline.counts[k] ? Math.max(8, Math.round(100 * timeline.counts[k] / most)) : 0) + '%';
      bar.title = key + ': ' + plural(timeline.counts[k], 'sentence', 'sentences');
      bars.appendChild(bar);
    });
    var undated = data.edges.filter(function (e) { return !e.days.length; }).length;
    $('timeline-undated-count').textContent = undated;
    var from = $('timeline-from');
    var until = $('timeline-until');
    [from, until].forEach(function (input) { input.max = timeline.keys.length - 1; });
    // The window never turns inside out: the other end follows the one being moved.
    from.addEventListener('input', function () {
      if (+until.value < +from.value) { until.value = from.value; }
      readTimeWindow();
      apply();
    });
    until.addEventListener('input', function () {
      if (+from.value > +until.value) { from.value = until.value; }
      readTimeWindow();
      apply();
    });
    $('timeline-undated').addEventListener('change', function () { state.includeUndated = $('timeline-undated').checked; apply(); });
    resetTimeline();
  }

  function readTimeWindow() {
    var from = +$('timeline-from').value;
    var until = +$('timeline-until').value;
    state.timeFrom = timeline.keys[from];
    state.timeUntil = timeline.keys[until];
    $('timeline-from-value').textContent = state.timeFrom;
    $('timeline-until-value').textContent = state.timeUntil;
    $('timeline-bars').childNodes.forEach(function (bar, k) { bar.classList.toggle('out', k < from || k > until); });
  }

  /** The whole span, undated facts included; also what a reloaded page's restored fields are set back to. */
  function resetTimeline() {
    state.includeUndated = true;
    $('timeline-undated').checked = true;
    if (!timeline) { return; }
    $('timeline-from').value = 0;
    $('timeline-until').value = timeline.keys.length - 1;
    readTimeWindow();
  }

  function neighbourhood(start, hops, edgeOk) {
    var reached = [];
    reached[start] = true;
    var frontier = [start];
    for (var step = 0; step < hops && frontier.length; step++) {
      var next = [];
      frontier.forEach(function (i) {
        incident[i].forEach(function (j) {
          if (!edgeOk[j]) { return; }
          var other = src[j] === i ? tgt[j] : src[j];
          if (!reached[other]) { reached[other] = true; next.push(other); }
        });
      });
      frontier = next;
    }
    return reached;
  }

  function apply() {
    var visible = computeVisible();
    cy.batch(function () {
      cy.nodes().forEach(function (node) { node.toggleClass('hidden', !visible.nodes[node.data('i')]); });
      cy.edges().forEach(function (edge) { edge.toggleClass('hidden', !visible.edges[edge.data('i')]); });
    });
    updateCounts(visible);
    updateFocusState();
    shown = visible;
    placeNames();
  }

  var shown = null;

  /** The drawn elements, from the filter state rather than from rendered styles, which may lag. */
  function visibleElements() {
    return cy.elements().filter(function (ele) {
      return ele.isNode() ? shown.nodes[ele.data('i')] : shown.edges[ele.data('i')];
    });
  }

  function count(flags) { return flags.filter(Boolean).length; }

  function updateCounts(visible) {
    var n = count(visible.nodes);
    var e = count(visible.edges);
    var articles = Object.keys(data.articles).length;
    var text;
    if (n === data.nodes.length && e === data.edges.length) {
      text = plural(n, 'entity', 'entities') + ' \u00b7 ' + plural(e, 'fact', 'facts') + ' \u00b7 ' + plural(articles, 'article', 'articles');
    } else {
      text = 'showing ' + n + ' of ' + plural(data.nodes.length, 'entity', 'entities') + ' \u00b7 ' + e + ' of ' + plural(data.edges.length, 'fact', 'facts');
    }
    $('counts').textContent = text;
  }

  function updateFocusState() {
    var box = $('focus-state');
    box.textContent = '';
    if (state.focus === null) {
      box.textContent = 'Whole graph. Select an entity and press \u201cFocus\u201d to see its neighbourhood.';
      $('focus-clear').disabled = true;
      return;
    }
    box.appendChild(document.createTextNode('Within ' + plural(state.hops, 'hop', 'hops') + ' of '));
    box.appendChild(el('strong', null, data.nodes[state.focus].name));
    $('focus-clear').disabled = false;
  }

  function setFocus(i) {
    state.focus = i;
    apply();
    fitVisible();
  }

  function fitVisible() {
    var eles = visibleElements();
    cy.stop(true, true);
    if (eles.length) {
      cy.fit(eles, 50);
      capZoom();
    }
  }

  /** Browsers restore form fields on reload; the page state starts from defaults, so must the fields. */
  function resetControls() {
    ['hide-negated', 'hide-hypothetical', 'hide-reported', 'hide-isolated', 'color-tones'].forEach(function (id) { $(id).checked = false; });
    $('min-confidence').value = 0;
    $('min-confidence-value').textContent = fixed(0);
    $('article-filter').value = '';
    $('hops').value = state.hops;
    $('search').value = '';
    resetTimeline();
  }

  /**
   * One ticked filter box: a label with the box, a colour swatch when given, the name and a count;
   * the box's data-KEY holds the value (resetFilters ticks every box that has one).
   */
  function filterCheck(key, value, swatchColor, name, count, onChange) {
    var label = el('label', 'check');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset[key] = value;
    box.addEventListener('change', function () { onChange(box.checked); apply(); });
    label.appendChild(box);
    if (swatchColor) {
      var swatch = el('span', 'swatch');
      swatch.style.background = swatchColor;
      label.appendChild(swatch);
    }
    label.append(el('span', null, name), el('span', 'count', count));
    return label;
  }

  function buildFilters() {
    var counts = {};
    data.nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
    var types = $('type-filters');
    TYPES.forEach(function (t) {
      if (!counts[t]) { return; }
      types.appendChild(filterCheck('type', t, color(t), t, counts[t], function (on) { state.types[t] = on; }));
    });

    buildToneFilters();

    var predicateCounts = {};
    data.edges.forEach(function (e) { predicateCounts[e.predicate] = (predicateCounts[e.predicate] || 0) + 1; });
    var list = $('predicate-filters');
    predicates.forEach(function (p) {
      list.appendChild(filterCheck('predicate', p, null, human(p), predicateCounts[p], function (on) { state.predicates[p] = on; }));
    });
    function all(on) {
      list.querySelectorAll('input').forEach(function (b) { b.checked = on; state.predicates[b.dataset.predicate] = on; });
      apply();
    }
    $('predicates-all').addEventListener('click', function () { all(true); });
    $('predicates-none').addEventListener('click', function () { all(false); });

    var select = $('article-filter');
    Object.keys(data.articles).forEach(function (id) {
      var a = data.articles[id];
      var option = el('option', null, short((a.title || id) + (a.published ? ' (' + a.published + ')' : ''), 60));
      option.value = id;
      select.appendChild(option);
    });
    select.addEventListener('change', function () { state.article = select.value; apply(); });

    [['hide-negated', 'hideNegated'], ['hide-hypothetical', 'hideHypothetical'],
     ['hide-reported', 'hideReported'], ['hide-isolated', 'hideIsolated']].forEach(function (pair) {
      var box = $(pair[0]);
      box.addEventListener('change', function () { state[pair[1]] = box.checked; apply(); });
    });
    var slider = $('min-confidence');
    slider.addEventListener('input', function () {
      state.minConfidence = parseFloat(slider.value);
      $('min-confidence-value').textContent = fixed(state.minConfidence);
      apply();
    });
    var hops = $('hops');
    hops.addEventListener('change', function () {
      var h = parseInt(hops.value, 10);
      if (isNaN(h)) { return; }
      state.hops = Math.max(1, Math.min(6, h));
      hops.value = state.hops;
      if (state.focus !== null) { apply(); fitVisible(); }
    });
    $('focus-clear').addEventListener('click', function () { setFocus(null); });
  }

  // ---- search -----------------------------------------------------------------------------
  function search(query) {
    var q = query.trim().toLowerCase();
    var results = $('search-results');
    results.textContent = '';
    cy.nodes('.match').removeClass('match');
    if (!q) { results.hidden = true; return []; }
    var hits = [];
    data.nodes.forEach(function (n, i) {
      var names = [n.name].concat(n.aliases);
      var rank = 3;
      names.forEach(function (s) {
        var t = s.toLowerCase();
        if (t === q) { rank = Math.min(rank, 0); } else if (t.indexOf(q) === 0) { rank = Math.min(rank, 1); } else if (t.indexOf(q) > 0) { rank = Math.min(rank, 2); }
      });
      if (rank < 3) { hits.push({ i: i, rank: rank }); }
    });
    hits.sort(function (a, b) { return a.rank - b.rank || data.nodes[b.i].degree - data.nodes[a.i].degree; });
    var matched = cy.collection();
    hits.forEach(function (h) { matched = matched.union(cy.getElementById('n' + h.i)); });
    matched.addClass('match');
    hits.slice(0, 15).forEach(function (h) {
      var n = data.nodes[h.i];
      var item = el('li');
      var button = el('button');
      button.type = 'button';
      var swatch = el('span', 'swatch');
      swatch.style.background = color(n.type);
      var hidden = !shown.nodes[h.i];
      button.append(swatch, el('span', null, short(n.name, 60)), el('span', 'count', hidden ? 'hidden by filters' : n.type));
      button.addEventListener('click', function () { select(h.i); results.hidden = true; });
      item.appendChild(button);
      results.appendChild(item);
    });
    if (!hits.length) { results.appendChild(el('li', 'none', 'No entity matches.')); }
    results.hidden = false;
    var onScreen = matched.filter(function (n) { return shown.nodes[n.data('i')]; });
    cy.stop(true, true);
    if (onScreen.length === 1) {
      cy.animate({ center: { eles: onScreen }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
    } else if (onScreen.length > 1) {
      cy.animate({ fit: { eles: onScreen, padding: 120 } }, { duration: 250 });
    }
    return hits.map(function (h) { return h.i; });
  }

  function select(i) {
    var node = cy.getElementById('n' + i);
    if (!shown.nodes[i]) { setFocus(null); resetFilters(); }
    cy.stop(true, true);
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
    showNode(i);
  }

  /**
   * Events whose CAMEO code has a Goldstein weight: shown or hidden by tone (cooperation above zero,
   * conflict below, neutral at zero; facts of no coded event are "other facts"), and optionally
   * coloured by it. The section stays hidden when no drawn fact belongs to a coded event.
   */
  function buildToneFilters() {
    var counts = { cooperation: 0, neutral: 0, conflict: 0, none: 0 };
    data.edges.forEach(function (e) { counts[e.tone || 'none'] += 1; });
    if (counts.cooperation + counts.neutral + counts.conflict === 0) { return; }
    $('tones').hidden = false;
    var names = { cooperation: 'Cooperation', neutral: 'Neutral', conflict: 'Conflict', none: 'Other facts' };
    var list = $('tone-filters');
    ['cooperation', 'neutral', 'conflict', 'none'].forEach(function (t) {
      if (!counts[t]) { return; }
      list.appendChild(filterCheck('tone', t, meta.toneColors[t], names[t], counts[t], function (on) { state.tones[t] = on; }));
    });
    $('color-tones').addEventListener('change', function () { colorTones($('color-tones').checked); });
  }

  function colorTones(on) {
    $('color-tones').checked = on;
    $('tone-legend').hidden = !on;
    cy.batch(function () { cy.edges().toggleClass('toned', on); });
  }

  function resetFilters() {
    document.querySelectorAll('.filters input[type=checkbox]').forEach(function (b) {
      b.checked = !!(b.dataset.type || b.dataset.predicate || b.dataset.tone);
    });
    TYPES.forEach(function (t) { state.types[t] = true; });
    predicates.forEach(function (p) { state.predicates[p] = true; });
    state.hideNegated = state.hideHypothetical = state.hideReported = state.hideIsolated = false;
    Object.keys(state.tones).forEach(function (t) { state.tones[t] = true; });
    colorTones(false);
    state.article = '';
    $('article-filter').value = '';
    state.minConfidence = 0;
    $('min-confidence').value = 0;
    $('min-confidence-value').textContent = fixed(0);
    resetTimeline();
    apply();
  }

  // ---- side panel -------------------------------------------------------------------------
  function panel() {
    var body = $('panel-body');
    body.textContent = '';
    $('panel').scrollTop = 0;
    return body;
  }

  function badges(e) {
    var box = el('div', 'badges');
    box.appendChild(el('span', 'badge ' + (negated(e) ? 'negative' : 'positive'), e.polarity));
    box.appendChild(el('span', 'badge ' + e.modality, e.modality));
    box.appendChild(el('span', 'badge', 'confidence ' + fixed(e.confidence)));
    if (e.evidence.length > 1) { box.appendChild(el('span', 'badge', plural(e.evidence.length, 'sentence', 'sentences'))); }
    return box;
  }

  function details(pairs) {
    var dl = el('dl');
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === '') { return; }
      dl.append(el('dt', null, p[0]), el('dd', null, p[1]));
    });
    return dl;
  }

  // Each alias with the reason resolution merged it for, and the name it joined when that is not the entity's own.
  function aliasesWithReasons(n) {
    var why = {};
    (n.merges || []).forEach(function (m) { why[m.alias] = m; });
    return n.aliases.filter(function (a) { return a !== n.name; }).map(function (a) {
      var m = why[a];
      if (!m) { return a; }
      return a + ' (' + m.reason + (m.to !== n.name ? ', joined to ' + m.to : '') + ')';
    }).join(' \u00b7 ');
  }

  function typeRuleText(rule) {
    if (!rule) { return null; }
    return rule === 'ner-majority' ? 'the NER tags of its names (no rule of the text)' : rule;
  }

  function showNode(i) {
    var n = data.nodes[i];
    cy.elements(':selected').unselect();
    cy.getElementById('n' + i).select();
    var body = panel();
    var kicker = el('div', 'kicker');
    var swatch = el('span', 'swatch');
    swatch.style.background = color(n.type);
    kicker.append(swatch, el('span', null, n.type));
    body.append(kicker, el('h2', 'title', n.name));
    if (n.implicit) {
      body.appendChild(el('p', 'muted', 'Named in a fact but not resolved to a known entity.'));
    }
    var titles = n.articles.map(function (id) { return data.articles[id] ? data.articles[id].title || id : id; });
    body.appendChild(details([
      ['Also called', aliasesWithReasons(n)],
      ['Type decided by', typeRuleText(n.typeRule)],
      ['Mentions', n.mentions || null],
      ['Articles', titles.join(' \u00b7 ')],
      ['Id', n.id]
    ]));
    var actions = el('div', 'actions');
    var focus = el('button', null, 'Focus on its neighbourhood');
    focus.type = 'button';
    focus.title = 'Show only what lies within the number of hops set on the left';
    focus.addEventListener('click', function () { setFocus(i); showNode(i); });
    actions.appendChild(focus);
    body.appendChild(actions);

    body.appendChild(el('h3', null, 'Facts (' + incident[i].length + ')'));
    var list = el('ul', 'facts');
    incident[i].slice().sort(function (a, b) { return data.edges[b].confidence - data.edges[a].confidence; })
      .forEach(function (j) {
        var e = data.edges[j];
        var item = el('li');
        var button = el('button');
        button.type = 'button';
        button.append(el('span', 'ent', data.nodes[src[j]].name), ' ', el('span', 'pred' + (negated(e) ? ' negated' : ''), edgeLabel(e)),
          ' ', el('span', 'ent', data.nodes[tgt[j]].name), badges(e));
        button.addEventListener('click', function () { showEdge(j); });
        item.appendChild(button);
        list.appendChild(item);
      });
    body.appendChild(list);
  }

  function explain(e) {
    var parts = [];
    if (negated(e)) { parts.push('Negated: the article says this did not happen.'); }
    if (e.modality === 'reported') { parts.push('Reported: the article attributes it to ' + (e.attributedTo || 'someone else') + '.'); }
    if (e.modality === 'hypothetical') { parts.push('Hypothetical: a possibility, condition, wish or demand, not a claim that it happened.'); }
    if (e.symmetric) { parts.push('Symmetric: it holds in both directions.'); }
    return parts.join(' ');
  }

  /** Where the claim stands across all articles: status, outlets on each side, who asserts and who denies it. */
  function claimDetails(c) {
    var box = el('div', 'claim');
    box.appendChild(el('h3', null, 'Claim: ' + c.status));
    box.appendChild(details([
      ['Outlets for', String(c.outlets)],
      ['Outlets against', String(c.denyingOutlets)],
      ['Asserted by', c.assertedBy.join(', ')],
      ['Denied by', c.deniedBy.join(', ')],
      ['First reported', c.firstReported],
      ['Last reported', c.lastReported]
    ]));
    return box;
  }

  function entityButton(i) {
    var b = el('button', 'ent', data.nodes[i].name);
    b.type = 'button';
    b.addEventListener('click', function () { select(i); });
    return b;
  }

  function showEdge(j) {
    var e = data.edges[j];
    cy.elements(':selected').unselect();
    cy.getElementById('e' + j).select();
    var body = panel();
    body.appendChild(el('div', 'kicker', 'Fact'));
    var statement = el('p', 'statement');
    statement.append(entityButton(src[j]), ' ', el('span', 'pred' + (negated(e) ? ' negated' : ''), edgeLabel(e)), ' ', entityButton(tgt[j]));
    body.append(statement, badges(e));
    var why = explain(e);
    if (why) { body.appendChild(el('p', 'explain', why)); }
    body.appendChild(details([
      ['Predicate', e.predicate],
      ['CAMEO code', e.cameo],
      ['Goldstein weight', e.goldstein === undefined ? null : e.goldstein.toFixed(1) + ' (' + e.tone + ')'],
      ['Date', e.date],
      ['According to', e.attributedTo]
    ]));
    if (e.claim) { body.appendChild(claimDetails(e.claim)); }
    body.appendChild(el('h3', null, 'Evidence (' + e.evidence.length + ')'));
    e.evidence.forEach(function (ev) { body.appendChild(evidence(ev, j)); });
  }

  /**
   * The sentence with the names of the fact's two ends marked, built from text nodes and
   * mark elements: the sentence never passes through an HTML parser.
   */
  function markedSentence(text, names) {
    var quote = el('blockquote', 'sentence');
    var lower = text.toLowerCase();
    var terms = names.filter(function (t) { return t && t.length > 1; })
      .map(function (t) { return t.toLowerCase(); })
      .sort(function (a, b) { return b.length - a.length; });
    var at = 0;
    while (at < text.length) {
      var best = -1;
      var len = 0;
      terms.forEach(function (t) {
        var k = lower.indexOf(t, at);
        if (k >= 0 && (best < 0 || k < best || (k === best && t.length > len))) { best = k; len = t.length; }
      });
      if (best < 0) { break; }
      quote.appendChild(document.createTextNode(text.slice(at, best)));
      quote.appendChild(el('mark', null, text.slice(best, best + len)));
      at = best + len;
    }
    quote.appendChild(document.createTextNode(text.slice(at)));
    return quote;
  }

  function namesOf(i) { return [data.nodes[i].name].concat(data.nodes[i].aliases); }

  function evidence(ev, j) {
    var box = el('figure', 'evidence');
    if (ev.stance === 'supports' || ev.stance === 'denies') {
      var who = ev.speaker ? ev.speaker : 'the article';
      box.appendChild(el('div', 'stance ' + ev.stance, (ev.stance === 'supports' ? 'Asserted by ' : 'Denied by ') + who));
    }
    box.appendChild(markedSentence(ev.text, namesOf(src[j]).concat(namesOf(tgt[j]), [data.edges[j].subject, data.edges[j].object])));
    var a = data.articles[ev.article] || {};
    var source = el('figcaption', 'source');
    var url = safeUrl(a.url);
    var title = a.title || 'Article ' + ev.article;
    if (url) {
      var link = el('a', null, title);
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      source.appendChild(link);
    } else {
      source.appendChild(el('span', null, title));
    }
    box.appendChild(source);
    var facts = [a.published, a.source].filter(Boolean).join(' \u00b7 ');
    if (facts) { box.appendChild(el('div', 'meta', facts)); }
    // the rule names the extractor too ("role-title/appositive"); evidence from before rules had names shows the extractor
    var reading = ev.rule ? 'rule: ' + ev.rule : 'extractor ' + ev.extractor;
    box.appendChild(el('div', 'meta', 'sentence ' + (ev.sentence + 1) + ' \u00b7 ' + reading + ' \u00b7 confidence ' + fixed(ev.confidence)));
    return box;
  }

  // ---- wiring -----------------------------------------------------------------------------
  cy.on('tap', 'node', function (evt) { showNode(evt.target.data('i')); });
  cy.on('tap', 'edge', function (evt) { showEdge(evt.target.data('i')); });
  cy.on('zoom', updateEdgeLabels);
  cy.on('select unselect', updateLit);
  cy.on('mouseover', 'node', function (evt) { hovered = evt.target; hovered.addClass('pointed'); updateLit(); });
  cy.on('mouseout', 'node', function (evt) { evt.target.removeClass('pointed'); hovered = null; updateLit(); });

  var input = $('search');
  input.addEventListener('input', function () { search(input.value); });
  input.addEventListener('keydown', function (evt) {
    if (evt.key === 'Enter') {
      var hits = search(input.value);
      if (hits.length) { select(hits[0]); $('search-results').hidden = true; }
    } else if (evt.key === 'Escape') {
      input.value = '';
      search('');
    }
  });
  document.addEventListener('click', function (evt) {
    if (!evt.target.closest('.search')) { $('search-results').hidden = true; }
  });
  $('fit').addEventListener('click', fitVisible);
  $('png').addEventListener('click', function () {
    var link = el('a');
    link.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
    link.download = 'newsgraph-map.png';
    link.click();
  });

  document.title = meta.title;
  $('title').textContent = meta.title;
  buildFilters();
  buildTimeline();
  resetControls();
  // Show what is happening before the (blocking) layout of a large graph starts.
  var status = el('p', 'status', 'Laying out ' + plural(data.nodes.length, 'entity', 'entities') + '\u2026');
  $('cy').appendChild(status);
  requestAnimationFrame(function () { setTimeout(start, 0); });

  function start() {
    var layoutStart = performance.now();
    runLayout();
    var layoutMs = performance.now() - layoutStart;
    updateEdgeLabels();
    status.remove();
    if (meta.focus && nodeIndex[meta.focus] !== undefined) {
      state.hops = meta.hops > 0 ? Math.min(meta.hops, 6) : 1;
      $('hops').value = state.hops;
      state.focus = nodeIndex[meta.focus];
      apply();
      showNode(state.focus);
    } else {
      apply();
    }

    /** For tests and the curious: the Cytoscape instance and how long drawing took. */
    window.newsgraph = {
      cy: cy,
      data: data,
      search: search,
      showNode: showNode,
      showEdge: showEdge,
      edgeLabelZoom: edgeLabelZoom,
      layoutMs: layoutMs,
      readyMs: performance.now() - started
    };
  }
}());
