// An incremental constraint solver in the manner of DeltaBlue: variables
// linked by one-way-at-a-time constraints of graded strengths; adding or
// removing a constraint re-plans locally, and extracted plans are executed
// repeatedly (a chain of equalities, then a projection of scaled values).
import { Benchmark, run } from './harness.js';

class Strength {
  constructor(value, name) {
    this.value = value;
    this.name = name;
  }

  static stronger(s1, s2) { return s1.value < s2.value; }
  static weaker(s1, s2) { return s1.value > s2.value; }
  static weakest(s1, s2) { return Strength.weaker(s1, s2) ? s1 : s2; }

  nextWeaker() {
    return STRENGTHS[this.value + 1];
  }
}

const REQUIRED = new Strength(0, 'required');
const STRONG_PREFERRED = new Strength(1, 'strongPreferred');
const PREFERRED = new Strength(2, 'preferred');
const STRONG_DEFAULT = new Strength(3, 'strongDefault');
const NORMAL = new Strength(4, 'normal');
const WEAK_DEFAULT = new Strength(5, 'weakDefault');
const WEAKEST = new Strength(6, 'weakest');
const STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST];

const NONE = 0, FORWARD = 1, BACKWARD = 2;

class Variable {
  constructor(name, value) {
    this.name = name;
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = WEAKEST;
    this.stay = true;
  }

  addConstraint(c) {
    this.constraints.push(c);
  }

  removeConstraint(c) {
    const i = this.constraints.indexOf(c);
    if (i >= 0) this.constraints.splice(i, 1);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

class Constraint {
  constructor(strength) {
    this.strength = strength;
  }

  addConstraint(planner) {
    this.addToGraph();
    planner.incrementalAdd(this);
  }

  destroyConstraint(planner) {
    if (this.isSatisfied()) planner.incrementalRemove(this);
    this.removeFromGraph();
  }

  // Satisfies this constraint if it can; the constraint it overrides, if any.
  satisfy(mark, planner) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) throw new Error('Could not satisfy a required constraint');
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) throw new Error('Cycle encountered');
    out.mark = mark;
    return overridden;
  }

  isInput() {
    return false;
  }
}

class UnaryConstraint extends Constraint {
  constructor(v, strength, planner) {
    super(strength);
    this.myOutput = v;
    this.satisfied = false;
    this.addConstraint(planner);
  }

  addToGraph() {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }

  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark && Strength.stronger(this.strength, this.myOutput.walkStrength);
  }

  isSatisfied() { return this.satisfied; }
  markInputs(mark) { /* no inputs */ }
  output() { return this.myOutput; }

  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }

  markUnsatisfied() { this.satisfied = false; }
  inputsKnown(mark) { return true; }

  removeFromGraph() {
    this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }
}

class StayConstraint extends UnaryConstraint {
  execute() { /* a stay keeps its variable's value */ }
}

class EditConstraint extends UnaryConstraint {
  isInput() { return true; }
  execute() { /* the value is set from outside */ }
}

class BinaryConstraint extends Constraint {
  constructor(v1, v2, strength, planner) {
    super(strength);
    this.v1 = v1;
    this.v2 = v2;
    this.direction = NONE;
  }

  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = this.v2.mark !== mark && Strength.stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
    } else if (this.v2.mark === mark) {
      this.direction = this.v1.mark !== mark && Strength.stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    } else if (Strength.weaker(this.v1.walkStrength, this.v2.walkStrength)) {
      this.direction = Strength.stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = Strength.stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
    }
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = NONE;
  }

  isSatisfied() { return this.direction !== NONE; }
  markInputs(mark) { this.input().mark = mark; }
  input() { return this.direction === FORWARD ? this.v1 : this.v2; }
  output() { return this.direction === FORWARD ? this.v2 : this.v1; }

  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }

  markUnsatisfied() { this.direction = NONE; }

  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }

  removeFromGraph() {
    this.v1.removeConstraint(this);
    this.v2.removeConstraint(this);
    this.direction = NONE;
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(v1, v2, strength, planner) {
    super(v1, v2, strength, planner);
    this.addConstraint(planner);
  }

  execute() {
    this.output().value = this.input().value;
  }
}

// v2 = v1 * scale + offset, in either direction.
class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength, planner) {
    super(src, dest, strength, planner);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint(planner);
  }

  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }

  removeFromGraph() {
    super.removeFromGraph();
    this.scale.removeConstraint(this);
    this.offset.removeConstraint(this);
  }

  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }

  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }

  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class Plan {
  constructor() {
    this.constraints = [];
  }

  add(c) {
    this.constraints.push(c);
  }

  execute() {
    for (const c of this.constraints) c.execute();
  }
}

class Planner {
  constructor() {
    this.currentMark = 0;
  }

  newMark() {
    return ++this.currentMark;
  }

  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark, this);
    while (overridden !== null) overridden = overridden.satisfy(mark, this);
  }

  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    let strength = REQUIRED;
    do {
      for (const u of unsatisfied) {
        if (u.strength === strength) this.incrementalAdd(u);
      }
      strength = strength.nextWeaker();
    } while (strength !== WEAKEST);
  }

  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources;
    let next = 0;
    while (next < todo.length) {
      const c = todo[next++];
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.add(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }

  extractPlanFromConstraints(constraints) {
    return this.makePlan(constraints.filter((c) => c.isInput() && c.isSatisfied()));
  }

  addPropagate(c, mark) {
    const todo = [c];
    while (todo.length > 0) {
      const d = todo.pop();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }

  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = [out];
    while (todo.length > 0) {
      const v = todo.pop();
      for (const c of v.constraints) {
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      const determining = v.determinedBy;
      for (const next of v.constraints) {
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      }
    }
    return unsatisfied;
  }

  addConstraintsConsumingTo(v, coll) {
    const determining = v.determinedBy;
    for (const c of v.constraints) {
      if (c !== determining && c.isSatisfied()) coll.push(c);
    }
  }

  // Sets v to newValue ten times through an edit constraint's plan.
  change(v, newValue) {
    const edit = new EditConstraint(v, PREFERRED, this);
    const plan = this.extractPlanFromConstraints([edit]);
    for (let i = 0; i < 10; i++) {
      v.value = newValue;
      plan.execute();
    }
    edit.destroyConstraint(this);
  }

  static chainTest(n) {
    const planner = new Planner();
    let prev = null;
    let first = null;
    let last = null;
    for (let i = 0; i <= n; i++) {
      const v = new Variable(`v${i}`, 0);
      if (prev !== null) new EqualityConstraint(prev, v, REQUIRED, planner);
      if (i === 0) first = v;
      if (i === n) last = v;
      prev = v;
    }
    new StayConstraint(last, STRONG_DEFAULT, planner);
    const edit = new EditConstraint(first, PREFERRED, planner);
    const plan = planner.extractPlanFromConstraints([edit]);
    for (let i = 0; i < 100; i++) {
      first.value = i;
      plan.execute();
      if (last.value !== i) throw new Error('Chain test failed');
    }
    edit.destroyConstraint(planner);
    return last.value;
  }

  static projectionTest(n) {
    const planner = new Planner();
    const scale = new Variable('scale', 10);
    const offset = new Variable('offset', 1000);
    let src = null;
    let dst = null;
    const dests = [];
    for (let i = 0; i < n; i++) {
      src = new Variable(`src${i}`, i);
      dst = new Variable(`dst${i}`, i);
      dests.push(dst);
      new StayConstraint(src, NORMAL, planner);
      new ScaleConstraint(src, scale, offset, dst, REQUIRED, planner);
    }
    planner.change(src, 17);
    if (dst.value !== 1170) throw new Error('Projection test 1 failed');
    planner.change(dst, 1050);
    if (src.value !== 5) throw new Error('Projection test 2 failed');
    planner.change(scale, 5);
    for (let i = 0; i < n - 1; i++) {
      if (dests[i].value !== i * 5 + 1000) throw new Error('Projection test 3 failed');
    }
    planner.change(offset, 2000);
    for (let i = 0; i < n - 1; i++) {
      if (dests[i].value !== i * 5 + 2000) throw new Error('Projection test 4 failed');
    }
    return dests[n - 1].value;
  }
}

class DeltaBlue extends Benchmark {
  benchmark() {
    return Planner.chainTest(100) + Planner.projectionTest(100);
  }

  verifyResult(result) {
    return result === RESULT;
  }
}

const RESULT = 2124;
run('DeltaBlue', new DeltaBlue(), 100, 20);
