; ruby: roles for flagdebt's model (docs/queries.md lists the capture vocabulary). To be written.
