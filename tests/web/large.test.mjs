// Browser test of the dashboard on a large store: 30,000 events between some
// 40 actors (bench/store_bench), with no seed article.
//   node tests/web/large.test.mjs --url http://127.0.0.1:PORT/ --out DIR
// The actor-level network keeps to its limits (Top actors, Top edges), keeps
// the heaviest edges, says what it left out, and the labels it shows at the
// fitted zoom do not overlap one another.
import {
  base, check, getJSON, noPageErrors, run, shot, waitFor,
} from './harness.mjs';

async function ready(page, previous) {
  await waitFor(page, (q) => {
    const v = document.querySelector('#network-view');
    return v?.dataset.state === 'ready' && window.kizashi?.cy && v.dataset.query !== q;
  }, previous, 'the network did not load');
  return page.$eval('#network-view', (v) => v.dataset.query);
}

// Labels drawn at the fitted zoom: cytoscape leaves out those under its
// min-zoomed-font-size (8 px) and those with no opacity.
function shownLabels() {
  const { cy } = window.kizashi;
  const zoom = cy.zoom();
  const min = 8;
  const drawn = (n) => parseFloat(n.style('font-size')) * zoom >= min && parseFloat(n.style('text-opacity')) > 0;
  return cy.nodes().filter(drawn).map((n) => {
    const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
  });
}

function overlaps(boxes) {
  const found = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > 1 && h > 1) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

async function testLargeNetwork(page) {
  const stats = await getJSON('/api/stats');
  check(stats.events >= 30000, 'large: the store holds 30,000 events', String(stats.events));
  await page.goto(new URL('#/network', base).href);
  const countries = await ready(page, null);
  await page.selectOption('#level', 'actor');
  const query = await ready(page, countries);
  const net = await getJSON(`/api/network?${query}`);
  const drawn = await page.evaluate(() => ({
    nodes: window.kizashi.cy.nodes().length,
    edges: window.kizashi.cy.edges().length,
    cut: document.querySelector('#network-cut').hidden ? '' : document.querySelector('#network-cut').textContent,
    rows: document.querySelectorAll('#edge-table tbody tr').length,
  }));
  check(query.includes('level=actor') && drawn.nodes === net.nodes.length && drawn.nodes <= 60 &&
    drawn.edges === net.links.length && drawn.edges === 200 && drawn.rows === 200,
  'large: the actor network draws at most 60 actors and exactly the 200 edges the server keeps', JSON.stringify(drawn));
  check(net.graph.links_total > 200 && drawn.cut.includes(`${net.links.length} of ${net.graph.links_total} edges`),
    'large: the view says how many edges it left out', drawn.cut);

  // The kept edges are the heaviest between the kept actors.
  const whole = await getJSON(`/api/network?${query.replace(/max_edges=\d+/, 'max_edges=1000000')}`);
  const kept = new Set(net.links.map((l) => `${l.source}->${l.target}`));
  const lightestKept = Math.min(...net.links.map((l) => l.events));
  const heavierLeft = whole.links.filter((l) => !kept.has(`${l.source}->${l.target}`) && l.events > lightestKept);
  check(whole.links.length === net.graph.links_total && heavierLeft.length === 0,
    'large: no edge left out is heavier than one kept', JSON.stringify(heavierLeft.slice(0, 3)));

  const labels = await page.evaluate(shownLabels);
  const clash = overlaps(labels);
  await shot(page, 'large-actor-network', '#cy');
  check(labels.length >= 8 && clash.length === 0, 'large: the labels shown at the fitted zoom do not overlap',
    `${labels.length} labels, overlapping: ${clash.join(' ')} at zoom ${await page.evaluate(() => window.kizashi.cy.zoom())}`);
  const busiest = [...net.nodes].sort((a, b) => b.events - a.events).slice(0, 5).map((n) => n.id);
  const labelled = new Set(labels.map((l) => l.id));
  check(busiest.every((id) => labelled.has(id)), 'large: the five busiest actors are labelled', `${busiest} vs ${[...labelled]}`);

  // Zoomed in on the busiest actor, more labels are drawn, still apart.
  await page.evaluate((id) => {
    const { cy } = window.kizashi;
    cy.zoom({ level: cy.zoom() * 2.5, position: cy.getElementById(id).position() });
  }, busiest[0]);
  await page.waitForTimeout(400);
  const zoomed = await page.evaluate(shownLabels);
  check(zoomed.length > labels.length && overlaps(zoomed).length === 0, 'large: zoomed in, more labels are drawn and none overlap',
    `${zoomed.length} labels, overlapping: ${overlaps(zoomed).join(' ')}`);
  await shot(page, 'large-zoomed', '#cy');

  // A minimum number of events thins the graph to the edges that have it.
  await page.fill('#min-events', String(lightestKept * 3));
  await page.$eval('#min-events', (i) => i.dispatchEvent(new Event('change')));
  const thinned = await ready(page, query);
  const thin = await getJSON(`/api/network?${thinned}`);
  const thinDrawn = await page.evaluate(() => window.kizashi.cy.edges().map((e) => e.data('events')));
  check(thinned.includes(`min_events=${lightestKept * 3}`) && thinDrawn.length === thin.links.length && thinDrawn.length < 200 &&
    thinDrawn.every((n) => n >= lightestKept * 3), 'large: Min events keeps only the edges with that many events', thinned);
  const thinClash = overlaps(await page.evaluate(shownLabels));
  await shot(page, 'large-min-events', '#cy');
  check(thinClash.length === 0, 'large: with fewer edges the labels still do not overlap', thinClash.join(' '));
  noPageErrors();
}

run([testLargeNetwork]);
