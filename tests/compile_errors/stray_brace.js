// error: 2:1: syntax error
}
