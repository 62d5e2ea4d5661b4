const re = /[z-a]/;
