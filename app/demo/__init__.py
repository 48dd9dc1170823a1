"""Demo workspaces with fictional people, for trying the app and for benchmarks."""
