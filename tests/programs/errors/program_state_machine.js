// An order state machine: illegal transitions throw, and handlers may fail.
class TransitionError extends Error {
  constructor(from, action) {
    super("cannot " + action + " when " + from);
    this.name = "TransitionError";
    this.from = from;
    this.action = action;
  }
}
class HandlerError extends Error {
  constructor(action, cause) {
    super("handler for " + action + " failed", { cause: cause });
    this.name = "HandlerError";
  }
}
const transitions = {
  new: { pay: "paid", cancel: "cancelled" },
  paid: { ship: "shipped", refund: "refunded" },
  shipped: { deliver: "delivered" },
  delivered: {},
  cancelled: {},
  refunded: {},
};
class Order {
  #state = "new";
  #history = [];
  constructor(id, handlers) { this.id = id; this.handlers = handlers || {}; }
  get state() { return this.#state; }
  get history() { return this.#history.join(">"); }
  apply(action) {
    const next = transitions[this.#state][action];
    if (next === undefined) throw new TransitionError(this.#state, action);
    const h = this.handlers[action];
    if (h) {
      try {
        h(this);
      } catch (e) {
        throw new HandlerError(action, e);
      }
    }
    this.#history.push(this.#state);
    this.#state = next;
    return next;
  }
}
function runScript(order, actions) {
  console.log("order", order.id);
  for (let i = 0; i < actions.length; i++) {
    try {
      console.log("  " + actions[i] + " ->", order.apply(actions[i]));
    } catch (e) {
      if (e instanceof TransitionError) {
        console.log("  " + actions[i] + " rejected:", e.message, "(state stays " + order.state + ")");
      } else if (e instanceof HandlerError) {
        console.log("  " + actions[i] + " failed:", e.message, "because",
          e.cause instanceof Error ? e.cause.constructor.name + ": " + e.cause.message : typeof e.cause + " " + e.cause);
      } else {
        throw e;
      }
    }
  }
  console.log("  final:", order.state, "history:", order.history);
}
runScript(new Order(1), ["pay", "ship", "deliver", "refund"]);
runScript(new Order(2), ["ship", "cancel", "pay"]);
let attempts = 0;
runScript(new Order(3, {
  pay: function (o) { attempts++; if (attempts < 2) throw new Error("card declined"); },
  ship: function (o) { return o.address.street; },
}), ["pay", "pay", "ship", "refund"]);
runScript(new Order(4), ["pay", "teleport", "ship"]);
// a non-Error thrown by a handler is wrapped too
runScript(new Order(5, { cancel: function () { throw "raw string"; } }), ["cancel", "pay"]);
// a handler that throws only the first time
let shipCalls = 0;
runScript(new Order(6, { ship: function () { if (++shipCalls === 1) throw new RangeError("no courier"); } }), ["pay", "ship", "ship", "deliver"]);
