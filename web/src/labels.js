// Labels that can be read: after a layout (and on each zoom), the network's
// node labels are placed busiest actor first, each below its node or, where
// that would cover a label already placed, above, right or left of it; a label
// with no free place is hidden (class "quiet") until its node is hovered or chosen.
// Cytoscape already leaves out labels smaller than MIN_FONT pixels on screen.

export const MIN_FONT = 8;

function overlap(a, b) {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;
}

const PLACES = ['', 'label-top', 'label-right', 'label-left'];
const labelBox = (n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });

// Places each label where it covers no busier node's label, or marks it quiet;
// returns how many labels are drawn.
export function declutterLabels(cy) {
  const zoom = cy.zoom();
  const drawn = [];
  cy.nodes().removeClass(['quiet', ...PLACES.slice(1)]);
  const nodes = cy.nodes().sort((a, b) => b.data('events') - a.data('events') || a.id().localeCompare(b.id()));
  for (const n of nodes) {
    if (parseFloat(n.style('font-size')) * zoom < MIN_FONT) continue;
    const place = PLACES.find((p) => {
      n.removeClass(PLACES.slice(1));
      if (p) n.addClass(p);
      const box = labelBox(n);
      return !drawn.some((b) => overlap(b, box));
    });
    if (place === undefined) {
      n.removeClass(PLACES.slice(1)).addClass('quiet');
    } else {
      drawn.push(labelBox(n));
    }
  }
  return drawn.length;
}

export const LABEL_STYLE = [
  { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
  { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 4 } },
  { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -4 } },
  { selector: 'node.quiet', style: { 'text-opacity': 0 } },
  { selector: 'node.quiet:selected, node.quiet.hover', style: { 'text-opacity': 1, 'z-index': 20 } },
];

// Declutters now and after every zoom; a hovered node shows its label.
export function keepLabelsReadable(cy) {
  let timer = null;
  cy.on('zoom', () => {
    clearTimeout(timer);
    timer = setTimeout(() => declutterLabels(cy), 120);
  });
  cy.on('mouseover', 'node', (ev) => ev.target.addClass('hover'));
  cy.on('mouseout', 'node', (ev) => ev.target.removeClass('hover'));
}
