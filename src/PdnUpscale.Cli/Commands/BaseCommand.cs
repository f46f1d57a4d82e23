// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Cli.Interaction;

namespace PdnUpscale.Cli.Commands;

/// <summary>
/// The base of every command: sets the action once and turns errors into one sentence on standard error and
/// a named exit code (<see cref="ExitCodes"/>), so no stack trace reaches the user (<c>--verbose</c> adds it).
/// </summary>
internal abstract class BaseCommand : Command
{
    /// <summary>The <c>--verbose</c> option every command takes.</summary>
    private readonly Option<bool> verboseOption = new("--verbose")
    {
        Description = "Show details: the exception chain behind an error, devices and timings.",
    };

    /// <summary>Initializes a new instance of the <see cref="BaseCommand"/> class.</summary>
    /// <param name="name">The verb.</param>
    /// <param name="description">What the command does, for <c>--help</c>.</param>
    /// <param name="console">The console all output goes through.</param>
    protected BaseCommand(string name, string description, CliConsole console)
        : base(name, description)
    {
        this.Console = console;
        this.Add(this.verboseOption);
        this.Validators.Add(OptionValues.RefuseRepeatedOptions);
        this.SetAction(this.InvokeAsync);
    }

    /// <summary>Gets the console all output goes through.</summary>
    protected CliConsole Console { get; }

    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="cancellationToken">Signalled on Ctrl+C.</param>
    /// <returns>The exit code, one of <see cref="ExitCodes"/>.</returns>
    protected abstract Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken);

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        this.Console.Verbose = parseResult.GetValue(this.verboseOption);
        try
        {
            return await this.ExecuteAsync(parseResult, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            this.Console.DisplayError("Cancelled; no partial or temporary file was left behind.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (ExitCodes.For(e) is int exitCode)
        {
            this.Console.DisplayError(e.Message, e);
            return exitCode;
        }
    }
}
