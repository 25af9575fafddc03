// Loads Diplograph's property-graph exports with the JavaScript libraries people open them with, and
// checks that every node and edge arrives: graphology + graphology-gexf (GEXF), graphology-graphml
// (GraphML and its yEd flavour), cytoscape in headless mode (Cytoscape.js JSON).
//
// Usage: node load-exports.mjs DIR
// DIR holds the exports and expected-counts.json, written by ExportNodeLoaderTest:
//   {"gexf": {"file": "graph.gexf", "nodes": 58, "edges": 165, "datedNode": "<iri>", "date": "2025-07-03"}, ...}
// Exits 0 when everything loads as expected, 1 with one line per failure otherwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');
const cytoscape = require('cytoscape');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node load-exports.mjs DIR');
  process.exit(2);
}
const expected = JSON.parse(readFileSync(join(dir, 'expected-counts.json'), 'utf8'));
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

function checkGraphology(name, graph, exp) {
  check(graph.order === exp.nodes, `${name}: ${graph.order} nodes, expected ${exp.nodes}`);
  check(graph.size === exp.edges, `${name}: ${graph.size} edges, expected ${exp.edges}`);
  if (exp.datedNode) {
    check(graph.hasNode(exp.datedNode), `${name}: node ${exp.datedNode} missing`);
    if (graph.hasNode(exp.datedNode)) {
      const a = graph.getNodeAttributes(exp.datedNode);
      check(a.date === exp.date, `${name}: date of ${exp.datedNode} is ${a.date}, expected ${exp.date}`);
      check(typeof a.label === 'string' && a.label.length > 0, `${name}: ${exp.datedNode} has no label`);
      check(a.type === exp.type, `${name}: type of ${exp.datedNode} is ${a.type}, expected ${exp.type}`);
    }
  }
  let unlabelled = 0;
  graph.forEachNode((key, a) => { if (!a.label) unlabelled++; });
  check(unlabelled === 0, `${name}: ${unlabelled} nodes without a label`);
  return `${name} ${graph.order}/${graph.size}`;
}

const loaded = [];
if (expected.gexf) {
  const g = gexf.parse(Graph, readFileSync(join(dir, expected.gexf.file), 'utf8'));
  loaded.push(checkGraphology('gexf', g, expected.gexf));
  if (expected.gexf.listAttribute) {
    // A multi-valued attribute must arrive as a list, not as one string.
    const { node, name, values } = expected.gexf.listAttribute;
    const v = g.getNodeAttribute(node, name);
    check(Array.isArray(v) && JSON.stringify(v) === JSON.stringify(values),
      `gexf: ${name} of ${node} is ${JSON.stringify(v)}, expected ${JSON.stringify(values)}`);
  }
}
for (const flavour of ['graphml', 'yed']) {
  if (expected[flavour]) {
    const g = graphml.parse(Graph, readFileSync(join(dir, expected[flavour].file), 'utf8'));
    loaded.push(checkGraphology(flavour, g, expected[flavour]));
  }
}
if (expected.cytoscape) {
  const json = JSON.parse(readFileSync(join(dir, expected.cytoscape.file), 'utf8'));
  const cy = cytoscape({ headless: true, elements: json.elements });
  const exp = expected.cytoscape;
  check(cy.nodes().length === exp.nodes, `cytoscape: ${cy.nodes().length} nodes, expected ${exp.nodes}`);
  check(cy.edges().length === exp.edges, `cytoscape: ${cy.edges().length} edges, expected ${exp.edges}`);
  if (exp.datedNode) {
    const n = cy.getElementById(exp.datedNode);
    check(n.nonempty() && n.data('date') === exp.date, `cytoscape: date of ${exp.datedNode} is ${n.data('date')}`);
  }
  // Every edge must connect two loaded nodes (cytoscape rejects dangling edges).
  const dangling = cy.edges().filter(e => e.source().empty() || e.target().empty()).length;
  check(dangling === 0, `cytoscape: ${dangling} dangling edges`);
  loaded.push(`cytoscape ${cy.nodes().length}/${cy.edges().length}`);
}

if (failures.length > 0) {
  failures.forEach(f => console.error(f));
  process.exit(1);
}
console.log('loaded ' + loaded.join(', '));
