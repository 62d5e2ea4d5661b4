// fs's callback and promise forms.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const root = path.join(process.env.TMPDIR || '/tmp', 'kiln-fs-async-' + process.pid);
const file = path.join(root, 'note.txt');

fs.mkdir(root, { recursive: true }, (err, made) => {
  console.log('mkdir', err, made === root);
  fs.writeFile(file, 'first line\n', (err) => {
    console.log('writeFile', err);
    fs.readFile(file, 'utf8', (err, text) => {
      console.log('readFile', err, JSON.stringify(text));
      fs.readFile(path.join(root, 'missing'), 'utf8', (err, text) => {
        console.log('missing', err.code, err.syscall, text);
        fs.exists(file, (yes) => {
          console.log('exists', yes);
          promiseForms().catch((e) => console.log('unexpected', e));
        });
      });
    });
  });
});

async function promiseForms() {
  await fsp.appendFile(file, 'second line\n');
  console.log(JSON.stringify(await fs.promises.readFile(file, 'utf8')));
  const st = await fsp.stat(file);
  console.log(st.isFile(), st.size);
  console.log(await fsp.readdir(root), (await fsp.readdir(root, { withFileTypes: true }))[0].isFile());
  try {
    await fsp.readFile(path.join(root, 'nope'), 'utf8');
  } catch (e) {
    console.log('rejected:', e.code, e.message.replace(root, '<root>'));
  }
  await fsp.rm(root, { recursive: true });
  console.log('removed', fs.existsSync(root));
  try { fs.readFile(file, 'utf8'); } catch (e) { console.log(e.code, e.message); }
}
console.log('scheduled');
