"""Run the command line as ``python -m glossary``."""
from glossary.cli import main

main()
