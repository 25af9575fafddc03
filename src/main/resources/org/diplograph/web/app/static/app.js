/*
 * Diplograph web view. Plain JavaScript, no build step; libraries are vendored under static/vendor/.
 *
 * Security rule of this file: text from the store (article titles, sentences, labels) is only ever put
 * into the page with textContent / createTextNode / attribute setters, never parsed as HTML. The el()
 * helper below is the only way this file builds DOM.
 */
(function () {
  'use strict';

  // ---- DOM helpers -------------------------------------------------------------------------------

  /** Creates an element; attrs are set as properties/attributes, children appended (strings as text). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'dataset') Object.assign(node.dataset, v);
        else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'class') node.setAttribute('class', v);
      else if (k === 'dataset') Object.assign(node.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null) continue;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  const $ = (id) => document.getElementById(id);

  async function getJson(url) {
    const resp = await fetch(url, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await resp.json(); } catch (e) { body = null; }
    if (!resp.ok) {
      throw new Error((body && body.error) || ('HTTP ' + resp.status));
    }
    return body;
  }

  // ---- Vocabulary for display -------------------------------------------------------------------

  const COLORS = {
    person: '#2f6fdb',
    country: '#1f9d6b',
    city: '#8e5bd6',
    region: '#b0548f',
    organization: '#c98a1b',
    entity: '#7a8699',
    call: '#d9473b',
    round: '#e07b24',
    meeting: '#1b93a8',
    event: '#6b7280',
  };
  const TYPE_NAMES = {
    person: 'Person', country: 'Country', city: 'City', region: 'Region', organization: 'Organization',
    entity: 'Entity', call: 'Phone call', round: 'Negotiation round', meeting: 'Meeting', event: 'Event',
  };
  const EVENT_TYPES = ['call', 'round', 'meeting', 'event'];
  const isEvent = (type) => EVENT_TYPES.includes(type);
  const DGID = 'https://w3id.org/diplograph/id/';
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function paler(hex) {
    const n = parseInt(hex.slice(1), 16);
    const mix = (c) => Math.round(c + (255 - c) * 0.6);
    const r = mix((n >> 16) & 255), g = mix((n >> 8) & 255), b = mix(n & 255);
    return '#' + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
  }

  /** [start, end] of an xsd:date / gYearMonth / gYear lexical form as 'YYYY-MM-DD' strings, or null. */
  function dateInterval(d) {
    if (!d) return null;
    let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
    if (m) return [m[0], m[0]];
    m = /^(\d{4})-(\d{2})$/.exec(d);
    if (m) {
      const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
      return [m[1] + '-' + m[2] + '-01', m[1] + '-' + m[2] + '-' + String(last).padStart(2, '0')];
    }
    m = /^(\d{4})$/.exec(d);
    if (m) return [m[1] + '-01-01', m[1] + '-12-31'];
    return null;
  }

  function dayNumber(iso) {
    const [y, mo, d] = iso.split('-').map(Number);
    return Date.UTC(y, mo - 1, d) / 86400000;
  }

  function shortId(iri) {
    return iri.startsWith(DGID) ? 'dgid:' + iri.slice(DGID.length) : iri;
  }

  // ---- State -------------------------------------------------------------------------------------

  const state = {
    data: null,          // /api/graph
    nodesById: new Map(),
    graph: null,         // graphology
    renderer: null,      // sigma
    layout: null,
    eventsOf: new Map(), // entity id -> Set(event ids)
    neighbours: new Map(), // event id -> Set(entity ids)
    filters: { from: '', to: '', types: new Set(EVENT_TYPES), held: true, planned: true, person: '', topic: '' },
    visible: new Set(),
    selected: null,
    hovered: null,
    searchHits: null,
  };

  // ---- Tabs --------------------------------------------------------------------------------------

  function showTab(name) {
    for (const b of document.querySelectorAll('.tab')) b.classList.toggle('active', b.dataset.tab === name);
    for (const v of document.querySelectorAll('.view')) v.classList.toggle('active', v.id === 'view-' + name);
    if (name === 'graph' && state.renderer) state.renderer.refresh();
    if (name === 'queries') loadQueries();
  }

  // ---- Graph -------------------------------------------------------------------------------------

  function hash(str) {
    let h = 2166136261;
    for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 16777619); }
    return (h >>> 0) / 4294967295;
  }

  function nodeLabel(n) {
    if (isEvent(n.type)) return (n.date || 'undated');
    return n.label;
  }

  function buildGraph(data) {
    const graph = new graphology.Graph({ type: 'directed', multi: false, allowSelfLoops: false });
    for (const n of data.nodes) {
      state.nodesById.set(n.id, n);
      const color = COLORS[n.type] || COLORS.entity;
      const planned = isEvent(n.type) && n.status && n.status.includes('planned') && !n.status.includes('held');
      // Deterministic start positions: events on a circle inside, entities outside; ForceAtlas2 refines.
      const angle = 2 * Math.PI * hash(n.id);
      const radius = isEvent(n.type) ? 40 + 40 * hash(n.id + 'r') : 90 + 60 * hash(n.id + 'r');
      graph.addNode(n.id, {
        x: Math.cos(angle) * radius,
        y: Math.sin(angle) * radius,
        size: Math.min(28, 4 + 2.4 * Math.sqrt(n.degree)),
        label: nodeLabel(n),
        color: planned ? paler(color) : color,
        baseColor: planned ? paler(color) : color,
        nodeType: n.type,
      });
    }
    for (const e of data.edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
      graph.addEdge(e.source, e.target, {
        size: e.type === 'participant' ? 1.6 : 1,
        color: e.type === 'participant' ? '#9aa5b8' : '#cdd3dd',
        edgeType: e.type,
      });
      if (e.type !== 'represents') {
        if (!state.eventsOf.has(e.target)) state.eventsOf.set(e.target, new Set());
        state.eventsOf.get(e.target).add(e.source);
        if (!state.neighbours.has(e.source)) state.neighbours.set(e.source, new Set());
        state.neighbours.get(e.source).add(e.target);
      }
    }
    return graph;
  }

  function startRenderer() {
    const container = $('graph');
    const renderer = new Sigma(state.graph, container, {
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: state.graph.order < 300 ? 0 : 7,
      labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      labelSize: 12,
      labelColor: { color: '#1f2937' },
      defaultEdgeType: 'line',
      zIndex: true,
      nodeReducer: (id, attrs) => {
        const res = Object.assign({}, attrs);
        if (!state.visible.has(id)) { res.hidden = true; return res; }
        const focus = state.hovered || state.selected;
        if (focus && focus !== id && !state.graph.areNeighbors(focus, id)) {
          res.color = '#e3e7ee';
          res.label = '';
          res.zIndex = 0;
        } else if (focus) {
          res.zIndex = 1;
          res.forceLabel = true;
        }
        if (state.searchHits && !state.searchHits.has(id)) {
          res.color = '#e3e7ee';
          res.label = '';
        } else if (state.searchHits) {
          res.forceLabel = true;
          res.highlighted = true;
        }
        if (id === state.selected) res.highlighted = true;
        return res;
      },
      edgeReducer: (id, attrs) => {
        const res = Object.assign({}, attrs);
        const [s, t] = state.graph.extremities(id);
        if (!state.visible.has(s) || !state.visible.has(t)) { res.hidden = true; return res; }
        const focus = state.hovered || state.selected;
        if (focus && s !== focus && t !== focus) res.color = '#eef0f4';
        else if (focus) res.color = '#5b6477';
        return res;
      },
    });
    renderer.on('clickNode', ({ node }) => select(node));
    renderer.on('enterNode', ({ node }) => { state.hovered = node; container.classList.add('pointer'); renderer.refresh({ skipIndexation: true }); });
    renderer.on('leaveNode', () => { state.hovered = null; container.classList.remove('pointer'); renderer.refresh({ skipIndexation: true }); });
    renderer.on('clickStage', () => { state.selected = null; renderer.refresh({ skipIndexation: true }); });
    return renderer;
  }

  /** ForceAtlas2 in a Web Worker for a few seconds; the page stays responsive meanwhile. */
  function runLayout() {
    const n = state.graph.order;
    if (n < 2) return;
    const settings = graphologyFA2.forceAtlas2.inferSettings(state.graph);
    settings.barnesHutOptimize = n > 400;
    settings.gravity = 1.5;
    settings.scalingRatio = 8;
    settings.adjustSizes = false;
    settings.linLogMode = false;
    const layout = new graphologyFA2.FA2Layout(state.graph, { settings });
    state.layout = layout;
    const status = $('graph-status');
    status.textContent = 'laying out…';
    layout.start();
    const ms = Math.min(6000, 1500 + n * 2);
    setTimeout(() => {
      layout.stop();
      layout.kill();
      state.layout = null;
      status.textContent = '';
      document.body.dataset.layout = 'done';
    }, ms);
  }

  // ---- Filtering ---------------------------------------------------------------------------------

  function eventPasses(n) {
    const f = state.filters;
    if (!f.types.has(n.type)) return false;
    const st = n.status || '';
    const held = st.includes('held') || st === '';
    const planned = st.includes('planned');
    if (!((f.held && held) || (f.planned && planned))) return false;
    if (f.from || f.to) {
      const iv = dateInterval(n.date);
      if (!iv) return false;
      if (f.from && iv[0] < f.from) return false;
      if (f.to && iv[1] > f.to) return false;
    }
    const nb = state.neighbours.get(n.id) || new Set();
    if (f.person && !nb.has(f.person)) return false;
    if (f.topic && !nb.has(f.topic)) return false;
    return true;
  }

  function filtersActive() {
    const f = state.filters;
    return !!(f.from || f.to || f.person || f.topic || !f.held || !f.planned || f.types.size !== EVENT_TYPES.length);
  }

  function applyFilters() {
    const visible = new Set();
    const active = filtersActive();
    for (const n of state.data.nodes) {
      if (isEvent(n.type)) {
        if (eventPasses(n)) {
          visible.add(n.id);
          for (const e of state.neighbours.get(n.id) || []) visible.add(e);
        }
      } else if (!active) {
        visible.add(n.id);
      }
    }
    // Keep person->country links meaningful: a shown person's country stays visible.
    state.visible = visible;
    if (state.selected && !visible.has(state.selected)) state.selected = null;
    if (state.renderer) state.renderer.refresh({ skipIndexation: true });
    renderEventList();
    renderTimeline();
    updateStats();
  }

  function updateStats() {
    const total = state.data.nodes.length;
    const shown = state.visible.size;
    const stats = $('stats');
    stats.dataset.nodes = String(total);
    stats.dataset.visible = String(shown);
    stats.textContent = (shown === total ? total + ' nodes' : shown + ' of ' + total + ' nodes')
      + ' · ' + state.data.edges.length + ' edges';
  }

  function sortedEvents() {
    return state.data.nodes.filter((n) => isEvent(n.type)).sort((a, b) => {
      const da = a.date || '~', db = b.date || '~';
      return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : 1;
    });
  }

  function participantsLabel(n) {
    const names = [];
    for (const id of state.neighbours.get(n.id) || []) {
      const p = state.nodesById.get(id);
      if (p && (p.type === 'person' || (n.type === 'round' && p.type === 'country'))) {
        if (state.data.edges.some((e) => e.source === n.id && e.target === id && e.type === 'participant')) {
          names.push(p.type === 'person' ? surname(p.label) : p.label);
        }
      }
    }
    names.sort();
    return names.join(' – ');
  }

  /** "Donald Trump" -> "Trump": the list and the timeline are narrow. */
  function surname(name) {
    const parts = name.trim().split(/\s+/);
    return parts.length > 1 ? parts[parts.length - 1] : name;
  }

  function renderEventList() {
    const list = clear($('event-list'));
    const events = sortedEvents().filter((n) => state.visible.has(n.id));
    $('event-count').textContent = String(events.length);
    for (const n of events) {
      const planned = n.status && n.status.includes('planned') && !n.status.includes('held');
      list.appendChild(el('li', {
        class: 'event-item' + (planned ? ' planned' : '') + (n.id === state.selected ? ' selected' : ''),
        dataset: { id: n.id, date: n.date || '', type: n.type },
        tabindex: '0',
        onclick: () => select(n.id),
        onkeydown: (ev) => { if (ev.key === 'Enter') select(n.id); },
      },
        el('span', { class: 'dot', style: (planned ? 'border-color:' : 'background:') + (COLORS[n.type] || COLORS.event) }),
        el('span', { class: 'ev-date' }, n.date || 'undated'),
        el('span', { class: 'ev-text', title: planned ? 'planned' : null },
          (participantsLabel(n) || TYPE_NAMES[n.type]) + (planned ? ' (planned)' : ''))));
    }
    if (!events.length) list.appendChild(el('li', { class: 'empty' }, 'No event matches the filters.'));
  }

  // ---- Timeline ----------------------------------------------------------------------------------

  function renderTimeline() {
    const box = clear($('timeline'));
    const events = sortedEvents();
    const dated = events.filter((n) => dateInterval(n.date));
    const undated = events.filter((n) => !dateInterval(n.date));
    if (!events.length) { box.appendChild(el('p', { class: 'hint' }, 'No events in the store.')); return; }
    const width = Math.max(box.clientWidth || 600, 300);
    const height = 112;
    const left = 112, right = undated.length ? 84 : 16, top = 10, axisY = 78;
    const days = dated.map((n) => dateInterval(n.date)).flatMap((iv) => [dayNumber(iv[0]), dayNumber(iv[1])]);
    let min = Math.min(...days), max = Math.max(...days);
    if (!dated.length) { min = 0; max = 1; }
    // Start at the first of the first month, end at the end of the last month.
    const minD = new Date(min * 86400000), maxD = new Date(max * 86400000);
    const start = Date.UTC(minD.getUTCFullYear(), minD.getUTCMonth(), 1) / 86400000;
    const end = Date.UTC(maxD.getUTCFullYear(), maxD.getUTCMonth() + 1, 1) / 86400000;
    const x = (day) => left + (width - left - right) * (day - start) / Math.max(1, end - start);
    const lanes = EVENT_TYPES.filter((t) => events.some((n) => n.type === t));
    const laneY = (t) => top + 12 + lanes.indexOf(t) * Math.min(20, 52 / Math.max(1, lanes.length - 1 || 1));

    const root = svg('svg', { width: width, height: height, class: 'tl-svg', role: 'img', 'aria-label': 'Timeline of events' });
    // Selected range.
    const f = state.filters;
    if (f.from || f.to) {
      const a = f.from ? Math.max(start, dayNumber(f.from)) : start;
      const b = f.to ? Math.min(end, dayNumber(f.to) + 1) : end;
      if (b > a) root.appendChild(svg('rect', { class: 'tl-range', x: x(a), y: 2, width: x(b) - x(a), height: axisY - 2 }));
    }
    // Month bands and labels (click a month to filter to it).
    const d = new Date(start * 86400000);
    let i = 0;
    while (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86400000 < end && i < 600) {
      const y = d.getUTCFullYear(), m = d.getUTCMonth();
      const a = Date.UTC(y, m, 1) / 86400000, b = Date.UTC(y, m + 1, 1) / 86400000;
      const from = y + '-' + String(m + 1).padStart(2, '0') + '-01';
      const to = new Date((b - 1) * 86400000).toISOString().slice(0, 10);
      const g = svg('g', {
        class: 'tl-month' + (f.from === from && f.to === to ? ' active' : ''),
        dataset: { from: from, to: to },
        onclick: () => setRange(from, to),
      },
        svg('rect', { class: 'tl-hit', x: x(a), y: 2, width: x(b) - x(a), height: axisY - 2 }),
        svg('rect', { class: 'tl-band' + (i % 2 ? ' odd' : ''), x: x(a), y: axisY, width: x(b) - x(a), height: 24 }),
        svg('line', { class: 'tl-tick', x1: x(a), x2: x(a), y1: 4, y2: axisY + 24 }),
        (x(b) - x(a) > 34) ? svg('text', { class: 'tl-label', x: (x(a) + x(b)) / 2, y: axisY + 16, 'text-anchor': 'middle' },
          MONTHS[m] + (x(b) - x(a) > 70 || m === 0 || i === 0 ? ' ' + y : '')) : null,
        svg('title', {}, 'Show ' + MONTHS[m] + ' ' + y));
      root.appendChild(g);
      d.setUTCMonth(d.getUTCMonth() + 1);
      i++;
    }
    root.appendChild(svg('line', { class: 'tl-axis', x1: left, x2: width - right, y1: axisY, y2: axisY }));
    for (const t of lanes) {
      root.appendChild(svg('text', { class: 'tl-lane', x: left - 10, y: laneY(t) + 4, 'text-anchor': 'end' }, TYPE_NAMES[t]));
      root.appendChild(svg('line', { class: 'tl-lane-line', x1: left, x2: width - right, y1: laneY(t), y2: laneY(t) }));
    }
    const marker = (n, cx, cy) => {
      const planned = n.status && n.status.includes('planned') && !n.status.includes('held');
      const shown = state.visible.has(n.id);
      const c = svg('circle', {
        class: 'tl-marker' + (planned ? ' planned' : '') + (shown ? '' : ' filtered') + (n.id === state.selected ? ' selected' : ''),
        cx: cx, cy: cy, r: n.id === state.selected ? 7 : 5.5,
        fill: planned ? '#ffffff' : (COLORS[n.type] || COLORS.event),
        stroke: COLORS[n.type] || COLORS.event,
        dataset: { id: n.id, date: n.date || '', visible: shown ? 'true' : 'false' },
        onclick: () => select(n.id),
      }, svg('title', {}, TYPE_NAMES[n.type] + ' ' + (n.date || 'undated') + (planned ? ' (planned)' : '') + ': ' + participantsLabel(n)));
      return c;
    };
    // Spread markers that fall on the same spot.
    const seen = new Map();
    for (const n of dated) {
      const iv = dateInterval(n.date);
      const cx = x((dayNumber(iv[0]) + dayNumber(iv[1]) + 1) / 2);
      const key = n.type + Math.round(cx / 6);
      const k = seen.get(key) || 0;
      seen.set(key, k + 1);
      root.appendChild(marker(n, cx + k * 4, laneY(n.type) + (k % 2 ? 4 : 0)));
    }
    if (undated.length) {
      const ux = width - right + 14;
      root.appendChild(svg('line', { class: 'tl-tick', x1: ux - 6, x2: ux - 6, y1: 4, y2: axisY + 24 }));
      root.appendChild(svg('text', { class: 'tl-label', x: ux + 30, y: axisY + 16, 'text-anchor': 'middle' }, 'undated'));
      undated.forEach((n, k) => root.appendChild(marker(n, ux + 8 + (k % 5) * 12, laneY(n.type) + Math.floor(k / 5) * 10)));
    }
    box.appendChild(root);
  }

  function setRange(from, to) {
    const f = state.filters;
    if (f.from === from && f.to === to) { from = ''; to = ''; }
    f.from = from; f.to = to;
    $('date-from').value = from;
    $('date-to').value = to;
    applyFilters();
  }

  // ---- Details -----------------------------------------------------------------------------------

  function select(id) {
    state.selected = id;
    if (state.renderer) {
      state.renderer.refresh({ skipIndexation: true });
      const attrs = state.renderer.getNodeDisplayData(id);
      if (attrs) state.renderer.getCamera().animate({ x: attrs.x, y: attrs.y, ratio: Math.min(state.renderer.getCamera().ratio, 0.8) }, { duration: 400 });
    }
    for (const li of document.querySelectorAll('.event-item')) li.classList.toggle('selected', li.dataset.id === id);
    for (const c of document.querySelectorAll('.tl-marker')) c.classList.toggle('selected', c.dataset.id === id);
    showDetails(id);
  }

  function refLink(r) {
    return el('button', { type: 'button', class: 'link', title: r.id, onclick: () => select(r.id) },
      el('span', { class: 'dot', style: 'background:' + (COLORS[r.type] || COLORS.entity) }), r.label);
  }

  function wikidataLink(qid) {
    if (!qid || !/^Q\d+$/.test(qid)) return null;
    return el('a', { href: 'https://www.wikidata.org/wiki/' + qid, target: '_blank', rel: 'noopener noreferrer', class: 'wikidata' }, 'Wikidata ' + qid);
  }

  function attrRow(name, ...values) {
    const vs = values.flat().filter((v) => v !== null && v !== undefined && v !== '');
    if (!vs.length) return null;
    const dd = el('dd');
    vs.forEach((v, i) => { if (i) dd.appendChild(document.createTextNode(typeof v === 'string' ? '; ' : ' ')); append(dd, [v]); });
    return [el('dt', null, name), dd];
  }

  function formatDuration(d) {
    const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(d || '');
    if (!m) return d;
    const parts = [];
    if (m[1]) parts.push(m[1] + ' h');
    if (m[2]) parts.push(m[2] + ' min');
    if (m[3]) parts.push(m[3] + ' s');
    return parts.join(' ') + ' (' + d + ')';
  }

  /** One evidence sentence with its spans highlighted; every piece is a text node. */
  function sentenceNode(s) {
    const q = el('blockquote', { class: 'evidence' + (s.whole ? ' whole' : '') });
    let pos = 0;
    const text = s.sentence;
    for (const h of s.highlights) {
      if (h.start < pos || h.end > text.length) continue;
      if (h.start > pos) q.appendChild(document.createTextNode(text.slice(pos, h.start)));
      q.appendChild(el('mark', { class: 'hl hl-' + h.kind, title: h.kind }, text.slice(h.start, h.end)));
      pos = h.end;
    }
    if (pos < text.length) q.appendChild(document.createTextNode(text.slice(pos)));
    return q;
  }

  function articleNode(a, limit) {
    const head = el('div', { class: 'article-head' },
      el('div', { class: 'article-title' }, a.title || ('Article ' + a.id)),
      el('div', { class: 'article-meta' },
        [a.source, a.published].filter(Boolean).join(' · '),
        a.url && /^https?:\/\//i.test(a.url)
          ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, ' open article ↗') : null,
        a.title ? el('span', { class: 'article-id' }, a.id) : null));
    const body = el('div', { class: 'sentences' });
    const show = (n) => {
      clear(body);
      a.sentences.slice(0, n).forEach((s) => body.appendChild(sentenceNode(s)));
      if (a.sentences.length > n) {
        body.appendChild(el('button', { type: 'button', class: 'more', onclick: () => show(a.sentences.length) },
          'Show all ' + a.sentences.length + ' sentences'));
      }
      if (!a.sentences.length) body.appendChild(el('p', { class: 'hint' }, 'No evidence sentence stored for this article.'));
    };
    show(limit);
    return el('article', { class: 'article', dataset: { article: a.id } }, head, body);
  }

  async function showDetails(id) {
    const box = $('details');
    const node = state.nodesById.get(id);
    clear(box).appendChild(el('p', { class: 'hint' }, 'loading…'));
    box.dataset.loaded = '';
    const type = node ? node.type
      : (id.includes('/call/') || id.includes('/round/') || id.includes('/meeting/') ? 'call' : 'entity');
    try {
      if (isEvent(type)) {
        const ev = await getJson('api/event?iri=' + encodeURIComponent(id));
        if (state.selected !== id) return;
        renderEvent(box, ev);
      } else {
        const en = await getJson('api/entity?iri=' + encodeURIComponent(id));
        if (state.selected !== id) return;
        renderEntity(box, en);
      }
      box.dataset.loaded = id;
      box.scrollTop = 0;
    } catch (e) {
      clear(box).appendChild(el('p', { class: 'error' }, 'Could not load details: ' + e.message));
    }
  }

  function renderEvent(box, ev) {
    clear(box);
    const planned = ev.statuses.includes('planned') && !ev.statuses.includes('held');
    const names = ev.participants.map((p) => p.label).join(' – ');
    box.appendChild(el('div', { class: 'kind', style: 'color:' + (COLORS[ev.type] || COLORS.event) }, TYPE_NAMES[ev.type] || 'Event',
      planned ? el('span', { class: 'badge planned' }, 'planned') : null,
      ev.statuses.length > 1 ? el('span', { class: 'badge conflict' }, 'articles disagree') : null));
    box.appendChild(el('h2', { class: 'details-title' }, names || ev.label));
    box.appendChild(el('div', { class: 'subtitle' }, ev.dates.length ? ev.dates.join(' / ') : 'date unknown'));
    const dl = el('dl', { class: 'attrs' });
    append(dl, [
      attrRow('Date', ev.dates.length ? ev.dates : ['unknown']),
      attrRow('Duration', ev.durations.map(formatDuration)),
      attrRow('Status', ev.statuses),
      attrRow('Ordinal', ev.ordinals.map((o) => o + '.')),
      attrRow('Participants', ev.participants.map(refLink)),
      attrRow('Called', ev.agents.map(refLink)),
      attrRow('Was called', ev.recipients.map(refLink)),
      attrRow('Topics', ev.topics.map(refLink)),
      attrRow('Not discussed', ev.notDiscussed.map(refLink)),
      attrRow('Location', ev.locations.map(refLink)),
      attrRow('IRI', el('code', null, shortId(ev.id))),
    ].filter(Boolean));
    box.appendChild(dl);
    box.appendChild(el('h3', { class: 'section' }, 'Reported in ' + ev.articles.length + (ev.articles.length === 1 ? ' article' : ' articles')));
    const legend = el('div', { class: 'hl-legend' }, el('mark', { class: 'hl hl-trigger' }, 'trigger'), ' ',
      el('mark', { class: 'hl hl-time' }, 'date/duration'), ' ', el('mark', { class: 'hl hl-entity' }, 'name'));
    box.appendChild(legend);
    for (const a of ev.articles) box.appendChild(articleNode(a, 6));
  }

  function renderEntity(box, en) {
    clear(box);
    box.appendChild(el('div', { class: 'kind', style: 'color:' + (COLORS[en.type] || COLORS.entity) }, TYPE_NAMES[en.type] || 'Entity'));
    box.appendChild(el('h2', { class: 'details-title' }, en.label));
    const link = wikidataLink(en.qid);
    box.appendChild(el('div', { class: 'subtitle' }, link || el('span', { class: 'hint' }, 'no verified Wikidata item')));
    const dl = el('dl', { class: 'attrs' });
    append(dl, [
      attrRow('Names', en.labels.map((l) => l.value + (l.lang ? ' (' + l.lang + ')' : ''))),
      attrRow('Roles', en.roles),
      attrRow('Represents', en.represents.map(refLink)),
      attrRow('IRI', el('code', null, shortId(en.id))),
    ].filter(Boolean));
    box.appendChild(dl);
    box.appendChild(el('h3', { class: 'section' }, 'Events (' + en.events.length + ')'));
    const ul = el('ul', { class: 'entity-events' });
    for (const e of en.events) {
      ul.appendChild(el('li', null, el('button', { type: 'button', class: 'link', onclick: () => select(e.id) },
        el('span', { class: 'dot', style: 'background:' + (COLORS[e.type] || COLORS.event) }),
        (e.date || 'undated') + ' · ' + (TYPE_NAMES[e.type] || 'Event') + (e.status === 'planned' ? ' (planned)' : '')),
        el('span', { class: 'role' }, e.role)));
    }
    if (!en.events.length) ul.appendChild(el('li', { class: 'hint' }, 'none'));
    box.appendChild(ul);
    box.appendChild(el('h3', { class: 'section' }, 'Mentioned in ' + en.articles.length + (en.articles.length === 1 ? ' article' : ' articles')));
    for (const a of en.articles) box.appendChild(articleNode(a, 2));
  }

  // ---- Filters UI --------------------------------------------------------------------------------

  function initFilters() {
    const typesBox = $('type-filters');
    const present = EVENT_TYPES.filter((t) => state.data.nodes.some((n) => n.type === t));
    for (const t of present.length ? present : ['call', 'round']) {
      const cb = el('input', { type: 'checkbox', checked: true, dataset: { type: t } });
      cb.checked = true;
      cb.addEventListener('change', () => {
        if (cb.checked) state.filters.types.add(t); else state.filters.types.delete(t);
        applyFilters();
      });
      typesBox.appendChild(el('label', { class: 'check' }, cb, el('span', { class: 'dot', style: 'background:' + COLORS[t] }), TYPE_NAMES[t]));
    }
    const byLabel = (a, b) => a.label.localeCompare(b.label);
    const persons = state.data.nodes.filter((n) => n.type === 'person').sort(byLabel);
    const topics = state.data.nodes.filter((n) => !isEvent(n.type) && n.type !== 'person').sort(byLabel);
    for (const p of persons) $('person-filter').appendChild(el('option', { value: p.id }, p.label));
    for (const t of topics) $('topic-filter').appendChild(el('option', { value: t.id }, t.label + ' (' + TYPE_NAMES[t.type].toLowerCase() + ')'));
    $('person-filter').addEventListener('change', (e) => { state.filters.person = e.target.value; applyFilters(); });
    $('topic-filter').addEventListener('change', (e) => { state.filters.topic = e.target.value; applyFilters(); });
    $('status-held').addEventListener('change', (e) => { state.filters.held = e.target.checked; applyFilters(); });
    $('status-planned').addEventListener('change', (e) => { state.filters.planned = e.target.checked; applyFilters(); });
    for (const [id, key] of [['date-from', 'from'], ['date-to', 'to']]) {
      const input = $(id);
      const update = () => {
        if (state.filters[key] !== input.value) { state.filters[key] = input.value; applyFilters(); }
      };
      input.addEventListener('change', update);
      input.addEventListener('input', update);
    }
    $('reset-filters').addEventListener('click', () => {
      const f = state.filters;
      f.from = ''; f.to = ''; f.person = ''; f.topic = ''; f.held = true; f.planned = true;
      f.types = new Set(EVENT_TYPES);
      $('date-from').value = ''; $('date-to').value = '';
      $('person-filter').value = ''; $('topic-filter').value = '';
      $('status-held').checked = true; $('status-planned').checked = true;
      for (const cb of typesBox.querySelectorAll('input')) cb.checked = true;
      applyFilters();
    });

    const legend = $('legend');
    const types = ['person', 'country', 'city', 'region', 'organization', 'call', 'round', 'meeting']
      .filter((t) => state.data.nodes.some((n) => n.type === t));
    for (const t of types) legend.appendChild(el('span', { class: 'legend-item' }, el('span', { class: 'dot', style: 'background:' + COLORS[t] }), TYPE_NAMES[t]));
    legend.appendChild(el('span', { class: 'legend-item' }, el('span', { class: 'dot pale' }), 'planned'));
  }

  function initSearch() {
    const input = $('search');
    const options = $('search-options');
    const seen = new Set();
    for (const n of state.data.nodes) {
      if (isEvent(n.type)) continue;
      if (seen.has(n.label)) continue;
      seen.add(n.label);
      options.appendChild(el('option', { value: n.label }));
    }
    const norm = (s) => (s || '').toLocaleLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const matches = (q) => {
      const hits = new Set();
      for (const n of state.data.nodes) {
        if (norm(n.label).includes(q) || norm(n.labelDe).includes(q) || (n.qid && norm(n.qid) === q) || (n.date && n.date.startsWith(q))) hits.add(n.id);
      }
      return hits;
    };
    input.addEventListener('input', () => {
      const q = norm(input.value.trim());
      state.searchHits = q.length >= 2 ? matches(q) : null;
      if (state.renderer) state.renderer.refresh({ skipIndexation: true });
      const exact = state.data.nodes.find((n) => norm(n.label) === q && !isEvent(n.type));
      if (exact) select(exact.id);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        const q = norm(input.value.trim());
        const hits = q ? [...matches(q)] : [];
        if (hits.length) { showTab('graph'); select(hits[0]); }
      } else if (e.key === 'Escape') {
        input.value = '';
        state.searchHits = null;
        if (state.renderer) state.renderer.refresh({ skipIndexation: true });
      }
    });
  }

  // ---- Tables (queries and SPARQL) ---------------------------------------------------------------

  function resultTable(columns, rows, linkify) {
    const table = el('table', { class: 'table' });
    table.appendChild(el('thead', null, el('tr', null, columns.map((c) => el('th', null, c)))));
    const tbody = el('tbody');
    for (const row of rows) {
      tbody.appendChild(el('tr', null, row.map((v) => {
        if (v === null || v === undefined) return el('td', { class: 'null' }, '');
        if (linkify && /^dgid:[a-z]+\/[^\s;]+$/.test(v)) {
          const iri = DGID + v.slice(5);
          return el('td', null, el('button', { type: 'button', class: 'link', onclick: () => { showTab('graph'); select(iri); } }, v));
        }
        return el('td', { class: v.length <= 24 ? 'nowrap' : null }, v);
      })));
    }
    table.appendChild(tbody);
    return el('div', { class: 'table-wrap' }, table);
  }

  // ---- Bundled queries ---------------------------------------------------------------------------

  let queriesLoaded = false;

  async function loadQueries() {
    if (queriesLoaded) return;
    queriesLoaded = true;
    const list = $('query-list');
    try {
      const queries = await getJson('api/queries');
      for (const q of queries) {
        list.appendChild(el('li', null, el('button', {
          type: 'button', class: 'query-item', dataset: { name: q.name }, onclick: () => openQuery(q),
        }, el('span', { class: 'q-title' }, q.title), el('span', { class: 'q-name' }, q.name))));
      }
      if (queries.length) openQuery(queries[0]);
    } catch (e) {
      list.appendChild(el('li', { class: 'error' }, 'Could not load the queries: ' + e.message));
    }
  }

  function openQuery(q) {
    for (const b of document.querySelectorAll('.query-item')) b.classList.toggle('active', b.dataset.name === q.name);
    const form = clear($('query-form'));
    clear($('query-result'));
    const inputs = {};
    const f = el('form', { class: 'qform', dataset: { name: q.name } });
    f.appendChild(el('h2', null, q.title));
    if (q.description) f.appendChild(el('p', { class: 'description' }, q.description));
    for (const p of q.params) {
      const input = el('input', { type: 'text', name: p.name, id: 'param-' + p.name, required: true, placeholder: p.name, autocomplete: 'off' });
      inputs[p.name] = input;
      f.appendChild(el('label', { class: 'param', for: 'param-' + p.name }, el('span', { class: 'param-name' }, p.name), input,
        p.description ? el('span', { class: 'hint' }, p.description) : null));
    }
    const csv = el('a', { class: 'button secondary', href: '#', download: q.name + '.csv', id: 'query-csv' }, 'Download CSV');
    const params = () => {
      const sp = new URLSearchParams({ name: q.name });
      for (const [k, input] of Object.entries(inputs)) sp.set(k, input.value);
      return sp;
    };
    const updateCsv = () => { const sp = params(); sp.set('format', 'csv'); csv.href = 'api/query?' + sp.toString(); };
    Object.values(inputs).forEach((i) => i.addEventListener('input', updateCsv));
    updateCsv();
    f.appendChild(el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'query-run' }, 'Run query'), csv));
    f.addEventListener('submit', async (e) => {
      e.preventDefault();
      const out = clear($('query-result'));
      out.appendChild(el('p', { class: 'hint' }, 'running…'));
      try {
        const res = await getJson('api/query?' + params().toString());
        clear(out);
        out.appendChild(el('p', { class: 'result-count', dataset: { rows: String(res.rows.length) } },
          res.rows.length + (res.rows.length === 1 ? ' row' : ' rows')));
        out.appendChild(resultTable(res.columns, res.rows, true));
      } catch (err) {
        clear(out).appendChild(el('p', { class: 'error' }, err.message));
      }
    });
    form.appendChild(f);
  }

  // ---- SPARQL editor -----------------------------------------------------------------------------

  const EXAMPLE = [
    'PREFIX dg:   <https://w3id.org/diplograph/ontology#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    '',
    '# Every phone call with its date and participants',
    'SELECT ?call ?date (GROUP_CONCAT(DISTINCT ?name; separator=" – ") AS ?participants)',
    'WHERE {',
    '  ?call a dg:PhoneCall ; dg:participant ?p .',
    '  OPTIONAL { ?call dg:date ?date }',
    '  ?p rdfs:label ?name FILTER(LANGMATCHES(LANG(?name), "en"))',
    '}',
    'GROUP BY ?call ?date',
    'ORDER BY ?date',
  ].join('\n');

  function sparqlValue(b) {
    if (!b) return null;
    if (b.type === 'uri') return b.value.startsWith(DGID) ? 'dgid:' + b.value.slice(DGID.length) : b.value;
    return b.value;
  }

  async function runSparql() {
    const text = $('sparql-text').value;
    const out = clear($('sparql-result'));
    const status = $('sparql-status');
    status.textContent = 'running…';
    const started = performance.now();
    try {
      const resp = await fetch('ds/sparql', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/sparql-results+json, text/turtle;q=0.9',
        },
        body: new URLSearchParams({ query: text }).toString(),
      });
      const type = resp.headers.get('Content-Type') || '';
      const body = await resp.text();
      if (!resp.ok) {
        status.textContent = '';
        out.appendChild(el('pre', { class: 'error' }, 'HTTP ' + resp.status + '\n' + body.trim()));
        return;
      }
      const ms = Math.round(performance.now() - started);
      if (type.includes('json')) {
        const json = JSON.parse(body);
        if (typeof json.boolean === 'boolean') {
          out.appendChild(el('p', { class: 'result-count' }, 'ASK: ' + json.boolean));
        } else {
          const cols = json.head.vars;
          const rows = json.results.bindings.map((b) => cols.map((c) => sparqlValue(b[c])));
          out.appendChild(el('p', { class: 'result-count', dataset: { rows: String(rows.length) } }, rows.length + ' rows'));
          out.appendChild(resultTable(cols, rows, true));
        }
      } else {
        out.appendChild(el('pre', { class: 'rdf' }, body));
      }
      status.textContent = 'done in ' + ms + ' ms';
    } catch (e) {
      status.textContent = '';
      out.appendChild(el('p', { class: 'error' }, 'Request failed: ' + e.message));
    }
  }

  // ---- Start -------------------------------------------------------------------------------------

  async function init() {
    for (const b of document.querySelectorAll('.tab')) b.addEventListener('click', () => showTab(b.dataset.tab));
    $('sparql-text').value = EXAMPLE;
    $('sparql-run').addEventListener('click', runSparql);
    $('sparql-text').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) runSparql(); });
    try {
      state.data = await getJson('api/graph');
    } catch (e) {
      $('stats').textContent = 'could not load the graph: ' + e.message;
      return;
    }
    state.graph = buildGraph(state.data);
    initFilters();
    initSearch();
    applyFilters();
    if (state.graph.order) {
      state.renderer = startRenderer();
      runLayout();
    } else {
      $('graph-status').textContent = 'The store is empty: run ./diplograph build first.';
    }
    window.addEventListener('resize', () => renderTimeline());
    window.diplograph = { state: state, graph: state.graph, renderer: state.renderer, select: select, setRange: setRange };
    document.body.dataset.ready = 'true';
  }

  init();
}());
