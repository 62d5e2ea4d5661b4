let n = 0;
while (n < 3) {
  n++;
  const c;
}
