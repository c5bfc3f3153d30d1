"""Docs that cannot drift: the README's commands, .ci/run, and the generated command reference."""

from __future__ import annotations

import re

from base.paths import PROJECT_ROOT
from drugkg.clidoc import CLI_DOC, cli_reference

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    """The commands of the README's first two code blocks, which must come before any other text."""
    head = README.split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)\n```", head, flags=re.S)
    return [b.strip() for b in blocks[:2]]


def test_readme_opens_with_two_commands() -> None:
    first_lines = [line for line in README.splitlines()[1:] if line.strip()][:6]
    assert first_lines[0] == "```sh" and first_lines[3] == "```sh"
    build, test = readme_commands()
    assert "pip install" in build and build.endswith("drugkg build")
    assert "pip install" in test and '".[test]"' in test and test.endswith("python -m pytest")


def test_ci_runs_the_readme_test_command_in_a_fresh_venv() -> None:
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    _, test = readme_commands()
    assert test in ci.splitlines()
    assert "rm -rf .venv" in ci and ci.index("rm -rf .venv") < ci.index(test)


def test_cli_reference_is_current() -> None:
    assert CLI_DOC.read_text(encoding="utf-8") == cli_reference(), "run: python -m drugkg.clidoc"
