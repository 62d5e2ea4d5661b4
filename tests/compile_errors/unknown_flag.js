const re = /a/x;
