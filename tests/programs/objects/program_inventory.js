// A small inventory program: objects as records and dictionaries, arrays of objects, grouping, reports.
const inventory = {};
function addItem(sku, name, category, qty, price) {
  if (Object.prototype.hasOwnProperty.call(inventory, sku)) {
    inventory[sku].qty += qty;
    return inventory[sku];
  }
  const item = { sku: sku, name: name, category: category, qty: qty, price: price, tags: [] };
  inventory[sku] = item;
  return item;
}
addItem("A1", "hammer", "tools", 10, 12.5);
addItem("A2", "wrench", "tools", 5, 8.25);
addItem("B1", "apple", "food", 100, 0.3);
addItem("B2", "bread", "food", 20, 2.1);
addItem("C1", "lamp", "home", 3, 24.99);
addItem("A1", "hammer", "tools", 5, 12.5);
inventory.B1.tags.push("fresh", "organic");
inventory.C1.tags.push("fragile");
console.log(Object.keys(inventory).join(","), inventory.A1.qty);
console.log(inventory.B1);
// remove an item
delete inventory.A2;
console.log("A2" in inventory, Object.keys(inventory).length);
// group by category
const byCategory = {};
for (const sku in inventory) {
  const item = inventory[sku];
  (byCategory[item.category] = byCategory[item.category] || []).push(item.name);
}
console.log(byCategory);
// totals per category
const totals = Object.keys(inventory).reduce(function (acc, sku) {
  const it = inventory[sku];
  acc[it.category] = Math.round(((acc[it.category] || 0) + it.qty * it.price) * 100) / 100;
  return acc;
}, {});
console.log(totals);
// sorted report by value descending, stable for equal values
const report = Object.values(inventory)
  .map(it => ({ name: it.name, value: Math.round(it.qty * it.price * 100) / 100 }))
  .sort((a, b) => b.value - a.value);
report.forEach((r, i) => console.log((i + 1) + ". " + r.name.padEnd(8) + r.value.toFixed(2).padStart(8)));
console.log(report);
// price update with a frozen price list
const priceList = Object.freeze({ A1: 13, B2: 2.5 });
Object.keys(priceList).forEach(sku => { inventory[sku].price = priceList[sku]; });
priceList.A1 = 0;
console.log(inventory.A1.price, inventory.B2.price, priceList.A1);
// low-stock items, using an object with a method and this
const rules = {
  threshold: 10,
  low(items) { return items.filter(function (it) { return it.qty < this.threshold; }, this).map(it => it.sku); },
};
console.log(rules.low(Object.values(inventory)));
// snapshot copy versus live reference
const snapshot = Object.assign({}, inventory.C1);
inventory.C1.qty = 0;
console.log(snapshot.qty, inventory.C1.qty, snapshot.tags === inventory.C1.tags);
console.log(Object.entries(inventory).map(e => e[0] + "=" + e[1].qty).join(" "));
