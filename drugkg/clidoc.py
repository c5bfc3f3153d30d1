"""Generate docs/cli.md, the command reference, from the commands' own --help texts.

Run `python -m drugkg.clidoc` after changing a command; tests/test_docs.py fails while the file is stale.
"""

from __future__ import annotations

import click
from click.testing import CliRunner

from base.paths import PROJECT_ROOT
from drugkg.cli import main

CLI_DOC = PROJECT_ROOT / "docs" / "cli.md"


def _commands(group: click.Group, prefix: list[str]) -> list[list[str]]:
    found = [prefix]
    ctx = click.Context(group)
    for name in sorted(group.list_commands(ctx)):
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            found += _commands(command, [*prefix, name])
        else:
            found.append([*prefix, name])
    return found


def cli_reference() -> str:
    """The reference as Markdown: one section per command with its --help output."""
    runner = CliRunner()
    parts = ["# Command reference\n", "Generated from `--help` by `python -m drugkg.clidoc`; do not edit by hand.\n"]
    for path in _commands(main, []):
        result = runner.invoke(main, [*path, "--help"], terminal_width=100)
        title = " ".join(["drugkg", *path])
        parts.append(f"## `{title}`\n\n```text\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    CLI_DOC.write_text(cli_reference(), encoding="utf-8")
    print(f"wrote {CLI_DOC}")
