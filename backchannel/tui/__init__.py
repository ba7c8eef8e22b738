"""Everything a person sees: the command line, the app, its screens and widgets."""
