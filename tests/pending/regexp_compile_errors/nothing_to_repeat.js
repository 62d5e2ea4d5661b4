const re = /a**/;
