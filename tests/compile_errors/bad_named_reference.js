const re = /(?<a>x)\k<b>/;
