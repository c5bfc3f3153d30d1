"""The `drugkg` command: a thin layer that parses arguments and calls library functions."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import Any

import click

from base.errors import ConnectionLost, DrugkgError, from_os_error
from drugkg import __version__


class Cli(click.Group):
    """A command group that turns every failure into one line and a distinct exit status, never a traceback.

    Exit statuses: 1 bad input (DrugkgError); 66 an input that cannot be read; 69 a connection lost or
    refused; 73 an output that cannot be created (read-only folder, a folder where a file should be); 74 disk
    full or another write failure; 70 internal error (a bug: the only case that asks for a report); 130
    interrupted; 141 a closed pipe (`drugkg link | head -1`), silently, as other Unix tools do.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # here, not at exit, so that a closed pipe is seen while it can be handled
            return result
        except DrugkgError as exc:
            _fail(exc)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("drugkg: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            _closed_pipe()
        except (ConnectionError, TimeoutError) as exc:
            _fail(ConnectionLost(f"the connection was lost ({exc.strerror or type(exc).__name__})"))
        except OSError as exc:  # a file-system fault that no library code turned into a DrugkgError
            _fail(from_os_error(exc, writing=exc.errno not in (errno.ENOENT,)))
        except Exception as exc:  # a bug: still one line, never a traceback
            click.echo(
                f"drugkg: internal error: {type(exc).__name__}: {exc}".splitlines()[0]
                + " (please report this with the command you ran)",
                err=True,
            )
            sys.exit(70)


def _fail(exc: DrugkgError) -> None:
    with contextlib.suppress(OSError):  # stderr closed too
        click.echo(f"drugkg: error: {exc.line()}", err=True)
    sys.exit(exc.exit_code)


def _closed_pipe() -> None:
    """The reader of our output went away: stop quietly (stdout now points at /dev/null so that the
    interpreter's final flush cannot complain)."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(141)


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
from drugkg import cli_scale  # noqa: E402

cli_scale.register(main)
