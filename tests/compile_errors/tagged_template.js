function tag(s) { return s; }
const t = tag`x`;
