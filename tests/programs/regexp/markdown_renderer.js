// A tiny markdown-to-HTML renderer: headings, lists, code blocks, emphasis, links.
function escapeHtml(s) {
  return s.replace(/[&<>]/g, c => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

function inline(text) {
  const codes = [];
  text = text.replace(/`([^`]+)`/g, (m, code) => {
    codes.push("<code>" + escapeHtml(code) + "</code>");
    return "\u0000" + (codes.length - 1) + "\u0000";
  });
  text = escapeHtml(text);
  text = text.replace(/\*\*(?<strong>[^*]+)\*\*/g, "<strong>$<strong></strong>");
  text = text.replace(/(?<![*\w])\*([^*]+)\*(?![*\w])/g, "<em>$1</em>");
  text = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (m, label, url) => `<a href="${url}">${label}</a>`);
  text = text.replace(/\u0000(\d+)\u0000/g, (m, i) => codes[+i]);
  return text;
}

function render(md) {
  const lines = md.split(/\r?\n/);
  const out = [];
  let list = null;
  let para = [];
  let code = null;
  const flushPara = () => {
    if (para.length) out.push("<p>" + inline(para.join(" ")) + "</p>");
    para = [];
  };
  const flushList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (const line of lines) {
    if (code !== null) {
      if (/^```\s*$/.test(line)) {
        out.push(code.join("\n") + "</code></pre>");
        code = null;
      } else code.push(escapeHtml(line));
      continue;
    }
    let m;
    if ((m = /^```(\w*)$/.exec(line))) {
      flushPara(); flushList();
      code = [];
      out.push(m[1] ? `<pre><code class="lang-${m[1]}">` : "<pre><code>");
    } else if ((m = line.match(/^(#{1,6})\s+(.*?)\s*#*$/))) {
      flushPara(); flushList();
      const level = m[1].length;
      const id = m[2].toLowerCase().replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-");
      out.push(`<h${level} id="${id}">${inline(m[2])}</h${level}>`);
    } else if ((m = line.match(/^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/))) {
      flushPara();
      const kind = m[1] ? "ul" : "ol";
      if (list !== kind) { flushList(); out.push(`<${kind}>`); list = kind; }
      out.push("<li>" + inline(m[3]) + "</li>");
    } else if (/^\s*$/.test(line)) {
      flushPara(); flushList();
    } else if (/^(?:-{3,}|\*{3,})$/.test(line)) {
      flushPara(); flushList();
      out.push("<hr>");
    } else {
      flushList();
      para.push(line.trim());
    }
  }
  flushPara(); flushList();
  return out.join("\n");
}

const doc = `# Hello, *World*!

This is **bold**, this is *emphasis*, and this is \`a < b && c\`.
A [link](https://example.com/x?y=1) on a continued line.

## Lists ##

- first item
- second with **strong**
* third

1. one
2) two

---

\`\`\`js
const re = /a+b/g;
if (x < 3) {}
\`\`\`

Trailing paragraph with 2*3*4 math and snake_case_words.`;

console.log(render(doc));
