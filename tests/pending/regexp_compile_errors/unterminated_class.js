const re = /[a/;
