"""`python -m tailor.cli ...`: the same as the `tailor` command."""
from tailor.cli import main

main()
