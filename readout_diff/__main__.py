"""``python -m readout_diff``: the same as the ``readout-diff`` command."""

from .cli import main

main(prog_name="readout-diff")
