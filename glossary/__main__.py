"""Run the command line as ``python -m glossary``."""
from glossary.cli.main import main

main()
