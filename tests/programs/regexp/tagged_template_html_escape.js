function html(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    out += String(v).replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]) + strings[i + 1];
  });
  return out;
}
const user = '<script>"x" & y</script>';
console.log(html`<p title="${user}">${user}</p>`);
console.log(html`plain`);
