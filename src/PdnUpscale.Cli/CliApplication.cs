// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.Runtime.InteropServices;
using PdnUpscale.Cli.Commands;
using PdnUpscale.Cli.Interaction;
using Spectre.Console;

namespace PdnUpscale.Cli;

/// <summary>
/// Builds the <c>pdnupscale</c> command tree and runs it. Tests call <see cref="InvokeAsync"/> in-process with a
/// recording console and their own cancellation token; <c>Program</c> calls it with the real console and Ctrl+C.
/// </summary>
internal static class CliApplication
{
    /// <summary>How long a cancelled command may take to clean up after Ctrl+C before the process is ended.</summary>
    public static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Creates the root command.</summary>
    /// <param name="console">The console every command writes to.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand($"AI image upscaling with ONNX models (Real-ESRGAN, Real-CUGAN, waifu2x). {ExitCodes.HelpText}")
        {
            new UpscaleCommand(console),
            new ModelsCommand(console),
            new BenchCommand(console),
        };
        return root;
    }

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">The console to write to.</param>
    /// <param name="handleCtrlC">Whether Ctrl+C, SIGTERM and SIGHUP cancel the command (true for the real process).</param>
    /// <param name="cancellationToken">Cancels the command, like Ctrl+C.</param>
    /// <returns>The exit code, one of <see cref="ExitCodes"/>.</returns>
    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, CliConsole console, bool handleCtrlC, CancellationToken cancellationToken = default)
    {
        RootCommand root = CreateRootCommand(console);

        // "@name" is an input file, never a response file to read arguments from.
        ParseResult parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Errors.Count > 0 && parseResult.Action is not { ClearsParseErrors: true })
        {
            // One sentence: the first problem; fixing it shows the next.
            console.DisplayError(parseResult.Errors[0].Message);
            console.Error.WriteLine("Run 'pdnupscale --help' or 'pdnupscale COMMAND --help' for usage.");
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.Output.Profile.Out.Writer,
            Error = console.Error.Profile.Out.Writer,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using SignalHandlers? signals = handleCtrlC ? new SignalHandlers(cancellation) : null;
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellation.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A bug, not a user error: still one sentence, with the details behind --verbose.
            console.DisplayError($"Unexpected error ({e.GetType().Name}): {e.Message}", e);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// Ctrl+C (SIGINT), SIGTERM and SIGHUP (the terminal closed) all cancel the command, which removes its
    /// temporary file and exits with 130; if clean-up hangs, the process ends after <see cref="CleanupTimeout"/>.
    /// </summary>
    private sealed class SignalHandlers : IDisposable
    {
        private readonly List<PosixSignalRegistration> registrations = [];
        private readonly CancellationTokenSource cancellation;
        private Timer? deadline;

        public SignalHandlers(CancellationTokenSource cancellation)
        {
            this.cancellation = cancellation;
            foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try
                {
                    this.registrations.Add(PosixSignalRegistration.Create(signal, this.Cancel));
                }
                catch (PlatformNotSupportedException)
                {
                    // Windows has no SIGHUP; closing the console window arrives as SIGTERM.
                }
            }
        }

        public void Dispose()
        {
            this.deadline?.Dispose();
            foreach (PosixSignalRegistration registration in this.registrations)
            {
                registration.Dispose();
            }
        }

        private void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            this.deadline ??= new Timer(_ => Environment.Exit(ExitCodes.Cancelled), null, CleanupTimeout, Timeout.InfiniteTimeSpan);
            this.cancellation.Cancel();
        }
    }
}
