const re = /a{3,2}/;
