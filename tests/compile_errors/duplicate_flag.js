const re = /a/gg;
