const re = /\p{Nope}/u;
