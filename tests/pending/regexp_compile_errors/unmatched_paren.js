const re = /a)/;
