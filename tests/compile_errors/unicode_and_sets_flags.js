const re = /a/uv;
