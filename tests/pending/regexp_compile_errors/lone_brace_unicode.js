const re = /{/u;
