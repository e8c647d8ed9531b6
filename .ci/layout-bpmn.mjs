#!/usr/bin/env node
// Lays out bpmn/pilot-lifecycle.bpmn: writes its diagram interchange (the bpmndi:BPMNDiagram
// element) and leaves every other byte of the file as it was.
//
//   cd .ci && npm ci && node layout-bpmn.mjs ../bpmn/pilot-lifecycle.bpmn
//   (add --check to only verify that the file's current diagram is what the script would write)
//
// The layout is written down below, element by element (PLACEMENT), with routing hints for
// the sequence flows that need them (ROUTES); everything else (shape sizes, sub-process
// bounds, flow waypoints, label boxes) is computed. Sub-processes are drawn expanded, their
// children inside them; boundary events sit centred on their host's border.
//
// When the model changes: an element the PLACEMENT does not know (or one it names that is no
// longer in the model) stops the script with a message naming it. Add a line for it, rerun,
// then render (render-bpmn.mjs) and look at the picture. Semantic changes are never made here.

import fs from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';

const NS = {
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI'
};

// ---------------------------------------------------------------------------------------
// Geometry helpers

const GAP = 50; // default horizontal gap between neighbouring shapes

function sizeOf(el) {
  if (el.$type === 'bpmn:SubProcess') return null; // computed from its children
  if (/Gateway$/.test(el.$type)) return { width: 50, height: 50 };
  if (/Event$/.test(el.$type)) return { width: 36, height: 36 };
  return { width: 100, height: 80 }; // tasks, call activities
}

const box = (x, y, width, height) => ({ x, y, width, height });
const cx = b => b.x + b.width / 2;
const cy = b => b.y + b.height / 2;
const right = b => b.x + b.width;
const bottom = b => b.y + b.height;

// Rough width of text in bpmn-js's 11px Arial labels, good enough to size label boxes.
function textWidth(text) {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 3.1;
    else if (/[il.,'!|:;]/.test(ch)) w += 2.6;
    else if (/[A-Zmw]/.test(ch)) w += 8.5;
    else if (/[a-z0-9?]/.test(ch)) w += 6.1;
    else w += 6.5;
  }
  return Math.ceil(w);
}

// Wraps like bpmn-js does for external labels (90px wide) and returns the label size.
function labelSize(text, maxWidth = 90) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? line + ' ' + word : word;
    if (line && textWidth(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  const width = Math.min(maxWidth, Math.max(...lines.map(textWidth)));
  return { width: Math.max(width, 10), height: Math.ceil(lines.length * 13.3) };
}

// ---------------------------------------------------------------------------------------
// A frame holds the shapes of one container (process or sub-process) in its own coordinates.

class Frame {
  constructor(layout, containerId) {
    this.layout = layout;
    this.containerId = containerId;
    this.ids = [];
  }

  b(id) {
    return this.layout.bounds(id);
  }

  // Put element `id` with its centre at (x, y).
  at(id, x, y) {
    const el = this.layout.element(id);
    const size = this.layout.sizes.get(id) || sizeOf(el);
    this.layout.setBounds(id, box(x - size.width / 2, y - size.height / 2, size.width, size.height));
    this.ids.push(id);
    return this;
  }

  // Put element `id` right of `prevId`, gap `gap`, centred on prevId's row (or on `y`).
  after(id, prevId, gap = GAP, y = undefined) {
    const prev = this.b(prevId);
    const el = this.layout.element(id);
    const size = this.layout.sizes.get(id) || sizeOf(el);
    const anchorY = y ?? this.layout.rowY(prevId);
    const anchorOff = this.layout.anchorOffset(id, size);
    this.layout.setBounds(id, box(right(prev) + gap, anchorY - anchorOff, size.width, size.height));
    this.ids.push(id);
    return this;
  }

  // A row of elements left to right starting with `first` already placed.
  row(first, ...rest) {
    let prev = first;
    for (const item of rest) {
      const [ id, gap ] = Array.isArray(item) ? item : [ item, GAP ];
      this.after(id, prev, gap);
      prev = id;
    }
    return this;
  }

  // Boundary event `id` centred on `side` of its host, at `offset` px from the side's start.
  attach(id, side, offset) {
    const el = this.layout.element(id);
    const host = this.b(el.attachedToRef.id);
    const size = sizeOf(el);
    let x, y;
    if (side === 'bottom') [ x, y ] = [ host.x + offset, bottom(host) ];
    else if (side === 'top') [ x, y ] = [ host.x + offset, host.y ];
    else if (side === 'right') [ x, y ] = [ right(host), host.y + offset ];
    else if (side === 'left') [ x, y ] = [ host.x, host.y + offset ];
    else throw new Error(`bad side ${side} for ${id}`);
    this.layout.setBounds(id, box(x - size.width / 2, y - size.height / 2, size.width, size.height));
    this.layout.attachedSide.set(id, side);
    this.ids.push(id);
    return this;
  }
}

class Layout {
  constructor(definitions) {
    this.definitions = definitions;
    this.byId = new Map();
    this.parentOf = new Map();
    this._bounds = new Map();
    this.sizes = new Map();        // computed sizes of sub-processes
    this.anchors = new Map();      // sub-process id -> offset from its top of the row it sits on
    this.attachedSide = new Map();
    this.labels = new Map();       // element or flow id -> label bounds
    this.waypoints = new Map();    // flow id -> [{x,y}]
    this.expanded = new Set();
    this.children = new Map();     // container id -> ids of its direct flow elements
  }

  index(container) {
    const ids = [];
    for (const el of container.flowElements || []) {
      this.byId.set(el.id, el);
      this.parentOf.set(el.id, container.id);
      ids.push(el.id);
      if (el.$type === 'bpmn:SubProcess') this.index(el);
    }
    this.children.set(container.id, ids);
  }

  element(id) {
    const el = this.byId.get(id);
    if (!el) throw new Error(`the layout names "${id}", which is not in the model: remove or rename it in PLACEMENT`);
    return el;
  }

  bounds(id) {
    const b = this._bounds.get(id);
    if (!b) throw new Error(`"${id}" is used before it is placed`);
    return b;
  }

  setBounds(id, b) {
    this.element(id);
    if (this._bounds.has(id)) throw new Error(`"${id}" is placed twice`);
    this._bounds.set(id, b);
  }

  // y of the line a shape's neighbours align on: its centre, or for a sub-process the centre
  // row of its content (so that flows in and out of it are straight).
  rowY(id) {
    const b = this.bounds(id);
    return this.anchors.has(id) ? b.y + this.anchors.get(id) : cy(b);
  }

  anchorOffset(id, size) {
    return this.anchors.has(id) ? this.anchors.get(id) : size.height / 2;
  }

  // Lays out a sub-process: `place(frame)` positions its children in local coordinates; the
  // sub-process gets the children's bounding box plus padding, and its anchor is `anchorId`'s
  // row. Children are moved when the sub-process itself is placed (see settle()).
  subProcess(id, { pad = [ 40, 30, 30, 30 ], anchorId }, place) {
    const frame = new Frame(this, id);
    place(frame);
    const own = this.children.get(id).filter(c => !this.isBoundary(c));
    const missing = own.filter(c => !this.byId.get(c).$type.endsWith('SequenceFlow') && !this._bounds.has(c));
    if (missing.length) {
      throw new Error(`sub-process ${id}: no place for ${missing.join(', ')}; add them to PLACEMENT`);
    }
    const placed = own.filter(c => this._bounds.has(c));
    const all = placed.map(c => this._bounds.get(c));
    const minX = Math.min(...all.map(b => b.x));
    const minY = Math.min(...all.map(b => b.y));
    const maxX = Math.max(...all.map(right));
    const maxY = Math.max(...all.map(bottom));
    const [ top, rightPad, bottomPad, left ] = pad;
    const originX = minX - left;
    const originY = minY - top;
    // move the children so that the sub-process' top-left corner is (0, 0)
    for (const c of this.descendants(id)) this.shift(c, -originX, -originY);
    const size = { width: maxX - minX + left + rightPad, height: maxY - minY + top + bottomPad };
    this.sizes.set(id, size);
    this.anchors.set(id, this.rowY(anchorId));
    this.expanded.add(id);
    // the sub-process' own bounds are set when its parent places it; children are moved then
    this.pendingMove = this.pendingMove || new Map();
    this.pendingMove.set(id, true);
  }

  descendants(id) {
    const out = [];
    for (const c of this.children.get(id) || []) {
      if (this._bounds.has(c)) out.push(c);
      if (this.children.has(c)) out.push(...this.descendants(c));
    }
    return out;
  }

  shift(id, dx, dy) {
    const b = this._bounds.get(id);
    if (b) this._bounds.set(id, box(b.x + dx, b.y + dy, b.width, b.height));
    const l = this.labels.get(id);
    if (l) this.labels.set(id, box(l.x + dx, l.y + dy, l.width, l.height));
    const w = this.waypoints.get(id);
    if (w) this.waypoints.set(id, w.map(p => ({ x: p.x + dx, y: p.y + dy })));
  }

  // After a placed sub-process got its bounds, move its (local) children into place.
  settle() {
    for (const id of [ ...(this.pendingMove || new Map()).keys() ]) {
      if (!this._bounds.has(id)) continue;
      const b = this._bounds.get(id);
      for (const c of this.descendants(id)) this.shift(c, b.x, b.y);
      this.pendingMove.delete(id);
    }
  }

  isBoundary(id) {
    return this.byId.get(id).$type === 'bpmn:BoundaryEvent';
  }
}

// ---------------------------------------------------------------------------------------
// PLACEMENT: where each flow node goes. Rows are built left to right with `row`; `at` puts a
// shape by its centre; `attach` puts a boundary event on its host's border.

function PLACEMENT(L) {
  // Trial: check-ins loop on the top row; the planned end date (timer, then terminate end) on
  // the bottom row, fed by the fork from its bottom. A manager's early stop is the message
  // boundary event on the trial's border, not a branch inside it.
  L.subProcess('Trial', { pad: [ 75, 30, 40, 30 ], anchorId: 'TrialStarted' }, f => {
    f.at('TrialStarted', 0, 0).row('TrialStarted', 'TrialFork', 'CheckInLoop', 'CheckInDue', 'RecordCheckIn');
    f.at('TrialEndReached', cx(f.b('CheckInDue')), 120);
    f.at('TrialEnded', cx(f.b('RecordCheckIn')), 120);
  });

  // Failure report: drafting and review on the top row, the two deadline event sub-processes
  // below it.
  L.subProcess('ReportReminder', { pad: [ 35, 25, 35, 25 ], anchorId: 'ReminderDue' }, f => {
    f.at('ReminderDue', 0, 0).row('ReminderDue', 'RemindReportAuthor', 'ReminderSent');
  });
  L.subProcess('ReportOverdue', { pad: [ 35, 25, 35, 25 ], anchorId: 'ReportDeadlinePassed' }, f => {
    f.at('ReportDeadlinePassed', 0, 0).row('ReportDeadlinePassed', 'EscalateOverdueReport', 'ChaseOverdueReport', 'OverdueChased');
  });
  L.subProcess('FailureReport', { pad: [ 70, 30, 25, 30 ], anchorId: 'FailureReportStarted' }, f => {
    f.at('FailureReportStarted', 0, 0).row('FailureReportStarted', 'DraftMerge', 'DraftFailureReport',
      'ReviewFailureReport', 'FailureReviewOutcome', [ 'PublishFailureReport', 70 ], 'FailureReportPublished');
    const rowTop = 40 + 55; // below the top row and its labels
    const reminder = L.sizes.get('ReportReminder');
    f.layout.setBounds('ReportReminder', box(f.b('FailureReportStarted').x - 12, rowTop, reminder.width, reminder.height));
    f.ids.push('ReportReminder');
    const overdue = L.sizes.get('ReportOverdue');
    f.layout.setBounds('ReportOverdue', box(right(f.b('ReportReminder')) + 40, rowTop, overdue.width, overdue.height));
    f.ids.push('ReportOverdue');
    L.settle();
  });

  // The process. Row A: proposal, prior-work check, review, planning and the trial.
  const f = new Frame(L, 'pilot-lifecycle');
  f.at('ProposePilot', 200, 300).row('ProposePilot', 'PriorWorkMerge', 'CheckPriorWork', 'SimilarFailuresFound',
    [ 'ReviewMerge', 150 ], 'ReviewProposal', 'ReviewOutcome', [ 'PlanMerge', 80 ], 'PlanTrial', 'TrialMerge', 'Trial');
  L.settle();
  // similar failures found: the proposer answers them on a detour below row A, between the
  // gateway and the merge before the review (a little wider, so that its long name takes two
  // lines rather than three and clears the task icon)
  L.sizes.set('AcknowledgePriorWork', { width: 130, height: 80 });
  f.at('AcknowledgePriorWork', (cx(f.b('SimilarFailuresFound')) + cx(f.b('ReviewMerge'))) / 2, 300 + 120);
  // revision loops back above row A; a rejection ends below it
  f.at('ReviseProposal', (right(f.b('CheckPriorWork')) + f.b('ReviewProposal').x) / 2, 300 - 130);
  f.at('ReadRejection', cx(f.b('ReviewOutcome')), 300 + 135);
  f.after('ProposalRejected', 'ReadRejection');
  // a hack-day idea taken up starts below the proposal: its author completes the proposal, which
  // then joins the prior-work check from below
  f.at('CompleteProposal', cx(f.b('PriorWorkMerge')), 300 + 135);
  f.at('ProposeFromIdea', f.b('CompleteProposal').x - 70, 300 + 135);

  // the trial is stopped early by a message on its bottom border; when it completes normally
  // (planned end date) the flow leaves its bottom border, straight down to the evaluation
  const trial = f.b('Trial');
  f.attach('TrialStoppedEarly', 'bottom', 70);

  // Row B, below the trial: evaluation, gate, and the success report to the right.
  const rowB = bottom(trial) + 100;
  f.at('EvaluateTrial', trial.x + 180, rowB);
  f.row('EvaluateTrial', 'RecommendDecision', 'DecideGate', 'GateOutcome',
    [ 'SuccessDraftMerge', 70 ], 'WriteSuccessReport', 'ReviewSuccessReport', 'SuccessReviewOutcome',
    [ 'PublishSuccessReport', 70 ], 'PilotScaled');

  // Row C: a stopped pilot (at the gate or early) must publish a failure report.
  const rowC = rowB + 200;
  f.at('StopMerge', cx(f.b('TrialStoppedEarly')) + 75, rowC);
  f.row('StopMerge', 'SetFailureReportDeadline', 'FailureReport', 'PilotStopped');
  L.settle();
  return f;
}

// ---------------------------------------------------------------------------------------
// ROUTES: sequence flows that need more than the default routing.
//   exit/enter: side of the source/target shape; y or x: the corridor of the middle segment.
//   straight: for a top/bottom exit into a top/bottom entry, leave the source right above
//   (or below) the target, so the flow is one vertical line (the target's centre must lie
//   within the source's width; meant for flows leaving an expanded sub-process).
//   label: where the flow's name goes ({ seg, at: 'start'|'mid'|'end', side }).

function ROUTES(L) {
  const b = id => L.bounds(id);
  return {
    Flow_RevisedToPriorWork: { exit: 'left', enter: 'top' },
    Flow_CompletedToPriorWork: { exit: 'top', enter: 'bottom', straight: true },
    Flow_SimilarFailures: { exit: 'bottom', enter: 'left', label: { seg: 0, at: 'mid', side: 'left' } },
    Flow_AcknowledgedToReview: { exit: 'right', enter: 'bottom' },
    Flow_NoSimilarFailures: { label: { seg: 0, at: 'mid', side: 'above' } },
    Flow_ChangesRequested: { exit: 'top', enter: 'right', label: { seg: 0, at: 'mid', side: 'left' } },
    Flow_Rejected: { exit: 'bottom', enter: 'top', label: { seg: 0, at: 'mid', side: 'right' } },
    Flow_Approved: { label: { seg: 0, at: 'mid', side: 'below' } },
    Flow_CheckInRecorded: { exit: 'top', enter: 'top', y: b('Trial').y + 45 },
    Flow_ToTrialEndReached: { exit: 'bottom', enter: 'left' },
    Flow_ToEvaluateTrial: { exit: 'bottom', enter: 'top', straight: true },
    Flow_EarlyStopToStopMerge: { exit: 'bottom', enter: 'left' },
    Flow_Extend: { exit: 'top', enter: 'top', y: b('Trial').y - 30, label: { seg: 1, at: 'end', side: 'above' } },
    Flow_Adapt: { exit: 'top', enter: 'top', y: b('Trial').y - 55, label: { seg: 1, at: 'end', side: 'above' } },
    Flow_Scale: { label: { seg: 0, at: 'mid', side: 'below' } },
    Flow_Stop: { exit: 'bottom', enter: 'top', y: cy(b('GateOutcome')) + 75, label: { seg: 0, at: 'start', side: 'right' } },
    Flow_SuccessReportReturned: { exit: 'top', enter: 'top', y: b('ReviewSuccessReport').y - 30, label: { seg: 1, at: 'mid', side: 'above' } },
    Flow_SuccessReportApproved: { label: { seg: 0, at: 'mid', side: 'above' } },
    Flow_FailureReportReturned: { exit: 'top', enter: 'top', y: b('ReviewFailureReport').y - 30, label: { seg: 1, at: 'mid', side: 'above' } },
    Flow_FailureReportApproved: { label: { seg: 0, at: 'mid', side: 'above' } }
  };
}

// Labels of events and gateways: below the shape unless named here.
//   side: 'below' | 'above' | 'above-right' | 'below-right' | 'below-left' | 'left' | 'right'
const LABELS = {
  SimilarFailuresFound: 'above',
  ReviewOutcome: 'above-right',
  GateOutcome: 'above-right',
  SuccessReviewOutcome: 'below',
  FailureReviewOutcome: 'below',
  TrialStoppedEarly: 'below-left'
};

// ---------------------------------------------------------------------------------------
// Routing

function sidePoint(b, side) {
  switch (side) {
  case 'top': return { x: cx(b), y: b.y };
  case 'bottom': return { x: cx(b), y: bottom(b) };
  case 'left': return { x: b.x, y: cy(b) };
  case 'right': return { x: right(b), y: cy(b) };
  }
  throw new Error('bad side ' + side);
}

const vertical = side => side === 'top' || side === 'bottom';

function route(L, flow, hint = {}) {
  const sid = flow.sourceRef.id;
  const tid = flow.targetRef.id;
  const s = L.bounds(sid);
  const t = L.bounds(tid);
  const sy = L.rowY(sid);
  const ty = L.rowY(tid);
  const isGw = id => /Gateway$/.test(L.byId.get(id).$type);

  let exit = hint.exit;
  let enter = hint.enter;
  if (!exit || !enter) {
    if (Math.abs(sy - ty) < 1) {
      exit = exit || 'right';
      enter = enter || 'left';
    } else if (isGw(sid)) {
      exit = exit || (ty < sy ? 'top' : 'bottom');
      enter = enter || 'left';
    } else if (isGw(tid)) {
      exit = exit || 'right';
      enter = enter || (sy < ty ? 'top' : 'bottom');
    } else {
      exit = exit || 'right';
      enter = enter || 'left';
    }
  }

  // the anchor row of a sub-process, not its middle, for flows in and out of its sides
  const p0 = sidePoint(s, exit);
  if (!vertical(exit)) p0.y = sy;
  const p1 = sidePoint(t, enter);
  if (!vertical(enter)) p1.y = ty;
  if (hint.straight) {
    if (!vertical(exit) || !vertical(enter) || p1.x <= s.x || p1.x >= right(s)) {
      throw new Error(`${flow.id}: "straight" needs a top/bottom exit and entry and the target below/above the source`);
    }
    p0.x = p1.x;
  }

  const pts = [ p0 ];
  if (vertical(exit) && vertical(enter)) {
    const y = hint.y ?? (p0.y + p1.y) / 2;
    if (p0.x !== p1.x || hint.y !== undefined) pts.push({ x: p0.x, y }, { x: p1.x, y });
  } else if (vertical(exit)) {
    pts.push({ x: p0.x, y: p1.y });
  } else if (vertical(enter)) {
    pts.push({ x: p1.x, y: p0.y });
  } else if (p0.y !== p1.y) {
    const x = hint.x ?? (p0.x + p1.x) / 2;
    pts.push({ x, y: p0.y }, { x, y: p1.y });
  }
  pts.push(p1);
  return pts.map(p => ({ x: Math.round(p.x), y: Math.round(p.y) }));
}

function flowLabel(pts, text, spec = {}) {
  const { seg = 0, at = 'start', side } = spec;
  const a = pts[seg];
  const b = pts[seg + 1];
  const size = labelSize(text, 120);
  const horizontal = a.y === b.y;
  const dir = horizontal ? Math.sign(b.x - a.x) : Math.sign(b.y - a.y);
  let px, py;
  if (at === 'mid') [ px, py ] = [ (a.x + b.x) / 2, (a.y + b.y) / 2 ];
  else if (at === 'end') [ px, py ] = horizontal ? [ b.x - dir * 30, b.y ] : [ b.x, b.y - dir * 20 ];
  else [ px, py ] = horizontal ? [ a.x + dir * 30, a.y ] : [ a.x, a.y + dir * 20 ];
  const s = side || (horizontal ? 'above' : 'right');
  let x, y;
  if (horizontal) {
    x = px - size.width / 2;
    y = s === 'above' ? py - size.height - 3 : py + 4;
  } else {
    y = py - size.height / 2;
    x = s === 'left' ? px - size.width - 6 : px + 6;
  }
  return box(Math.round(x), Math.round(y), size.width, size.height);
}

function nodeLabel(b, text, side = 'below') {
  const size = labelSize(text);
  const w = size.width;
  const h = size.height;
  let x = cx(b) - w / 2;
  let y = bottom(b) + 5;
  switch (side) {
  case 'below': break;
  case 'above': y = b.y - h - 5; break;
  case 'above-right': x = cx(b) + 10; y = b.y - h - 2; break;
  case 'below-right': x = cx(b) + 10; y = bottom(b) + 4; break;
  case 'below-left': x = cx(b) - w - 10; y = bottom(b) + 4; break;
  case 'left': x = b.x - w - 6; y = cy(b) - h / 2; break;
  case 'right': x = right(b) + 6; y = cy(b) - h / 2; break;
  default: throw new Error('bad label side ' + side);
  }
  return box(Math.round(x), Math.round(y), w, h);
}

// ---------------------------------------------------------------------------------------
// Checks on the result

function check(L, proc) {
  const problems = [];
  for (const [ id, el ] of L.byId) {
    if (el.$type === 'bpmn:SequenceFlow') {
      if (!L.waypoints.has(id)) problems.push(`no waypoints for ${id}`);
    } else if (!L._bounds.has(id)) {
      problems.push(`no shape for ${id}`);
    }
  }
  // children inside their sub-process
  for (const [ id, parent ] of L.parentOf) {
    if (parent === proc.id || !L._bounds.has(id)) continue;
    const c = L._bounds.get(id);
    const p = L._bounds.get(parent);
    if (c.x < p.x || c.y < p.y || right(c) > right(p) || bottom(c) > bottom(p)) {
      problems.push(`${id} sticks out of its sub-process ${parent}`);
    }
  }
  // boundary events centred on their host's border
  for (const [ id, el ] of L.byId) {
    if (el.$type !== 'bpmn:BoundaryEvent') continue;
    const b = L._bounds.get(id);
    const h = L._bounds.get(el.attachedToRef.id);
    const onX = cx(b) === h.x || cx(b) === right(h);
    const onY = cy(b) === h.y || cy(b) === bottom(h);
    const inX = cx(b) >= h.x && cx(b) <= right(h);
    const inY = cy(b) >= h.y && cy(b) <= bottom(h);
    if (!((onX && inY) || (onY && inX))) problems.push(`${id} is not on the border of ${el.attachedToRef.id}`);
  }
  // no two shapes of the same container overlap (sub-processes contain their own children)
  const shapes = [ ...L._bounds.entries() ].filter(([ id ]) => !L.isBoundary(id));
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const [ a, ab ] = shapes[i];
      const [ c, cb ] = shapes[j];
      if (L.parentOf.get(a) !== L.parentOf.get(c)) continue;
      if (ab.x < right(cb) && cb.x < right(ab) && ab.y < bottom(cb) && cb.y < bottom(ab)) {
        problems.push(`${a} overlaps ${c}`);
      }
    }
  }
  // labels do not overlap shapes of their own container or each other
  const labelEntries = [ ...L.labels.entries() ];
  for (const [ id, lb ] of labelEntries) {
    for (const [ sid, sb ] of shapes) {
      if (sid === id || L.expanded.has(sid)) continue;
      if (lb.x < right(sb) && sb.x < right(lb) && lb.y < bottom(sb) && sb.y < bottom(lb)) {
        problems.push(`label of ${id} overlaps ${sid}`);
      }
    }
  }
  for (let i = 0; i < labelEntries.length; i++) {
    for (let j = i + 1; j < labelEntries.length; j++) {
      const [ a, ab ] = labelEntries[i];
      const [ c, cb ] = labelEntries[j];
      if (ab.x < right(cb) && cb.x < right(ab) && ab.y < bottom(cb) && cb.y < bottom(ab)) {
        problems.push(`labels of ${a} and ${c} overlap`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// DI as XML text

function diXml(L, proc, indent = '  ') {
  const out = [];
  const i1 = indent, i2 = indent.repeat(2), i3 = indent.repeat(3), i4 = indent.repeat(4);
  const bounds = b => `<dc:Bounds x="${Math.round(b.x)}" y="${Math.round(b.y)}" width="${Math.round(b.width)}" height="${Math.round(b.height)}" />`;
  const label = id => {
    const l = L.labels.get(id);
    return l ? [ `${i4}<bpmndi:BPMNLabel>`, `${i4}${indent}${bounds(l)}`, `${i4}</bpmndi:BPMNLabel>` ] : [];
  };
  out.push(`${i1}<bpmndi:BPMNDiagram id="BPMNDiagram_${proc.id}">`);
  out.push(`${i2}<bpmndi:BPMNPlane id="BPMNPlane_${proc.id}" bpmnElement="${proc.id}">`);

  const emit = container => {
    const els = container.flowElements || [];
    // shapes first (containers before their children), then the container's flows
    for (const el of els.filter(e => e.$type !== 'bpmn:SequenceFlow')) {
      const attrs = [ `id="${el.id}_di"`, `bpmnElement="${el.id}"` ];
      if (el.$type === 'bpmn:ExclusiveGateway') attrs.push('isMarkerVisible="true"');
      if (L.expanded.has(el.id)) attrs.push('isExpanded="true"');
      const lbl = label(el.id);
      out.push(`${i3}<bpmndi:BPMNShape ${attrs.join(' ')}>`);
      out.push(`${i4}${bounds(L.bounds(el.id))}`);
      out.push(...lbl);
      out.push(`${i3}</bpmndi:BPMNShape>`);
      if (el.$type === 'bpmn:SubProcess') emit(el);
    }
    for (const el of els.filter(e => e.$type === 'bpmn:SequenceFlow')) {
      out.push(`${i3}<bpmndi:BPMNEdge id="${el.id}_di" bpmnElement="${el.id}">`);
      for (const p of L.waypoints.get(el.id)) out.push(`${i4}<di:waypoint x="${p.x}" y="${p.y}" />`);
      out.push(...label(el.id));
      out.push(`${i3}</bpmndi:BPMNEdge>`);
    }
  };
  emit(proc);
  out.push(`${i2}</bpmndi:BPMNPlane>`);
  out.push(`${i1}</bpmndi:BPMNDiagram>`);
  return out.join('\n');
}

// Removes every bpmndi:BPMNDiagram (and the whitespace before it) from the document text.
const DIAGRAM_RE = /\s*<bpmndi:BPMNDiagram\b[\s\S]*?<\/bpmndi:BPMNDiagram>/g;
export const semanticText = xml => xml.replace(DIAGRAM_RE, '');

// ---------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  const checkOnly = args.includes('--check');
  const file = args.find(a => !a.startsWith('--'));
  if (!file) {
    console.error('usage: node layout-bpmn.mjs [--check] <file.bpmn>');
    process.exit(2);
  }
  const xml = fs.readFileSync(file, 'utf8');

  for (const [ prefix, uri ] of Object.entries(NS)) {
    if (!xml.includes(`xmlns:${prefix}="${uri}"`)) {
      throw new Error(`${file}: the definitions must declare xmlns:${prefix}="${uri}"`);
    }
  }

  const { rootElement: definitions } = await new BpmnModdle().fromXML(xml);
  const processes = definitions.rootElements.filter(e => e.$type === 'bpmn:Process');
  if (processes.length !== 1) throw new Error('expected exactly one bpmn:Process');
  const proc = processes[0];

  const L = new Layout(definitions);
  L.index(proc);
  PLACEMENT(L);

  const unplaced = [ ...L.byId.values() ].filter(e => e.$type !== 'bpmn:SequenceFlow' && !L._bounds.has(e.id));
  if (unplaced.length) {
    throw new Error(`no place for ${unplaced.map(e => `${e.id} (${e.$type})`).join(', ')}: add them to PLACEMENT in ${import.meta.url}`);
  }

  const routes = ROUTES(L);
  for (const id of Object.keys(routes)) L.element(id);
  for (const el of L.byId.values()) {
    if (el.$type === 'bpmn:SequenceFlow') {
      const pts = route(L, el, routes[el.id]);
      L.waypoints.set(el.id, pts);
      if (el.name) L.labels.set(el.id, flowLabel(pts, el.name, routes[el.id]?.label));
    } else if (el.name && (/Event$/.test(el.$type) || /Gateway$/.test(el.$type))) {
      L.labels.set(el.id, nodeLabel(L.bounds(el.id), el.name, LABELS[el.id]));
    }
  }
  for (const id of Object.keys(LABELS)) L.element(id);

  // move everything so that the diagram starts near (0, 0), like Camunda Modeler's own files
  const all = [ ...L._bounds.values(), ...L.labels.values(), ...[ ...L.waypoints.values() ].flat().map(p => box(p.x, p.y, 0, 0)) ];
  const dx = 160 - Math.min(...all.map(b => b.x));
  const dy = 80 - Math.min(...all.map(b => b.y));
  for (const id of L.byId.keys()) L.shift(id, Math.round(dx), Math.round(dy));

  const problems = check(L, proc);

  const di = diXml(L, proc);
  const semantic = semanticText(xml);
  const close = semantic.lastIndexOf('</bpmn:definitions>');
  if (close < 0) throw new Error('no </bpmn:definitions> found');
  const head = semantic.slice(0, close);
  const before = head.replace(/\s*$/, '');
  const out = `${before}\n${di}${head.slice(before.length) || '\n'}${semantic.slice(close)}`;
  if (semanticText(out) !== semantic && head.slice(before.length) !== '') {
    throw new Error('internal error: the semantic part would change');
  }

  if (problems.length) {
    console.error('layout problems:\n  ' + problems.join('\n  '));
  }

  if (checkOnly) {
    if (out !== xml) {
      console.error(`${file}: its diagram is not the one layout-bpmn.mjs writes (run it without --check)`);
      process.exit(1);
    }
    console.log(`${file}: diagram up to date`);
  } else {
    fs.writeFileSync(file, out);
    const nodes = [ ...L._bounds.keys() ].length;
    console.log(`${file}: ${nodes} shapes, ${L.waypoints.size} edges, ${L.labels.size} labels written`);
  }
  if (problems.length) process.exit(1);
}

main().catch(e => {
  console.error(e.message || e);
  process.exit(1);
});
