// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Cli.Interaction;
using Spectre.Console;

namespace PdnUpscale.Cli.Tests;

/// <summary>Runs <c>pdnupscale</c> in-process with recording consoles, the way a user would call it.</summary>
internal static class CliRunner
{
    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and what was written to standard output and error.</returns>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    /// <summary>Runs a command line with a cancellation token standing in for Ctrl+C.</summary>
    /// <param name="cancellationToken">The token.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and what was written to standard output and error.</returns>
    public static async Task<CliRun> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(CreateConsole(output), CreateConsole(error));
        int exitCode = await CliApplication.InvokeAsync(args, console, handleCtrlC: false, cancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private static IAnsiConsole CreateConsole(TextWriter writer)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Wide enough that no message is wrapped, so assertions see whole sentences.
        console.Profile.Width = 1000;
        return console;
    }
}

/// <summary>The outcome of one in-process run.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliRun(int ExitCode, string Output, string Error);
