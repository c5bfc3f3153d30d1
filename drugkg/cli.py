"""The `drugkg` command: a thin layer that parses arguments and calls library functions."""

from __future__ import annotations

import sys
from typing import Any

import click

from base.errors import DrugkgError
from drugkg import __version__


class Cli(click.Group):
    """A command group that turns DrugkgError (and any other failure) into one line and a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DrugkgError as exc:
            click.echo(f"drugkg: error: {exc.line()}", err=True)
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("drugkg: interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug: still one line, never a traceback
            click.echo(
                f"drugkg: internal error: {type(exc).__name__}: {exc}".splitlines()[0]
                + " (please report this with the command you ran)",
                err=True,
            )
            sys.exit(70)


@click.group(cls=Cli, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="drugkg")
def main() -> None:
    """Build and use a knowledge graph of drugs, conditions and mechanisms, traced to source sentences.

    Start with `drugkg build`, then `drugkg export` the graph or query it.
    """


from drugkg import cli_build  # noqa: E402  (commands register themselves on `main`)

cli_build.register(main)
from drugkg import cli_viz  # noqa: E402

cli_viz.register(main)
from drugkg import cli_query  # noqa: E402

cli_query.register(main)

from drugkg import cli_extract  # noqa: E402

cli_extract.register(main)
from drugkg import cli_integrate  # noqa: E402

cli_integrate.register(main)
from drugkg import cli_review  # noqa: E402

cli_review.register(main)
