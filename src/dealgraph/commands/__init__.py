"""One module per ``dealgraph`` subcommand (see ``dealgraph.cli.COMMANDS``)."""
