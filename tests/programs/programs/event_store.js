// An event emitter, a tiny store with reducers and JSON snapshots.
class Emitter {
  #handlers = {};
  on(name, fn) { (this.#handlers[name] ??= []).push(fn); return () => this.off(name, fn); }
  off(name, fn) { const list = this.#handlers[name] || []; const i = list.indexOf(fn); if (i >= 0) list.splice(i, 1); }
  emit(name, ...args) { for (const fn of [...(this.#handlers[name] || [])]) fn(...args); return this; }
  count(name) { return this.#handlers[name]?.length ?? 0; }
}
class Store extends Emitter {
  constructor(reducer, initial = {}) { super(); this.state = initial; this.reducer = reducer; this.history = []; }
  dispatch(action) {
    const prev = this.state;
    this.state = this.reducer(prev, action);
    this.history.push({ type: action.type, at: this.history.length });
    this.emit("change", this.state, prev);
  }
}
const reducer = (state, { type, payload = {} }) => {
  switch (type) {
    case "add": return { ...state, items: [...(state.items || []), payload] };
    case "remove": return { ...state, items: state.items.filter(({ id }) => id !== payload.id) };
    case "rename": return { ...state, title: payload.title };
    default: return state;
  }
};
const store = new Store(reducer, { title: "list", items: [] });
const log = [];
const unsubscribe = store.on("change", (s, p) => log.push(`${p.items.length}->${s.items.length}`));
store.dispatch({ type: "add", payload: { id: 1, name: "apple", tags: ["fruit"] } });
store.dispatch({ type: "add", payload: { id: 2, name: "bread" } });
store.dispatch({ type: "rename", payload: { title: "groceries" } });
unsubscribe();
store.dispatch({ type: "remove", payload: { id: 1 } });
console.log(log, store.count("change"));
console.log(store.state);
console.log(JSON.stringify(store.state, null, 2));
console.log(JSON.stringify(store.history));
const { title, items: [first, ...others] } = store.state;
console.log(title, first, others.length);
const copy = JSON.parse(JSON.stringify(store.state), (k, v) => (k === "id" ? v * 100 : v));
console.log(copy.items.map(({ id, name }) => `${id}:${name}`).join(" "));
console.log(Object.entries(copy).map(([k, v]) => k + "=" + (Array.isArray(v) ? v.length : v)));
