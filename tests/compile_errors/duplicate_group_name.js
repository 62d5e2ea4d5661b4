const re = /(?<n>a)(?<n>b)/;
