"""Publishing: a batch of files loaded into the warehouse in one transaction (or refused whole), the archive of
every file received, undo and rebuild, the desk's dry run and ``etl check``, the annotated copy sent back to the
clerk, and the units a data manager's account may load."""
