// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Spectre.Console;

namespace PdnUpscale.Cli.Interaction;

/// <summary>
/// The one way commands talk to the user: results on standard output; progress, notes, warnings and errors on
/// standard error, so a script reading standard output gets only results.
/// Text from files, paths and exceptions is always markup-escaped, so a file named <c>[red].png</c> prints as is.
/// </summary>
internal sealed class CliConsole
{
    /// <summary>The line width used when the output is a file or a pipe.</summary>
    private const int RedirectedWidth = 400;

    /// <summary>Initializes a new instance of the <see cref="CliConsole"/> class.</summary>
    /// <param name="output">The console for results (standard output).</param>
    /// <param name="error">The console for progress, notes, warnings and errors (standard error).</param>
    public CliConsole(IAnsiConsole output, IAnsiConsole error)
    {
        this.Output = output;
        this.Error = error;
    }

    /// <summary>Gets the console for results: what was written, tables and JSON.</summary>
    public IAnsiConsole Output { get; }

    /// <summary>Gets the console for progress, notes, warnings and errors.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>Gets or sets a value indicating whether details (exception chains, timings) are shown.</summary>
    public bool Verbose { get; set; }

    /// <summary>Creates the console over the process's standard output and error.</summary>
    /// <returns>The console.</returns>
    public static CliConsole CreateDefault() => new(
        Create(System.Console.Out, System.Console.IsOutputRedirected),
        Create(System.Console.Error, System.Console.IsErrorRedirected));

    /// <summary>Writes a plain line of text to standard output.</summary>
    /// <param name="text">The text, not markup.</param>
    public void WriteLine(string text) => this.Output.WriteLine(text);

    /// <summary>Writes text to standard output as is, never wrapped or styled (for JSON).</summary>
    /// <param name="text">The text.</param>
    public void WriteRaw(string text) => this.Output.Profile.Out.Writer.WriteLine(text);

    /// <summary>Writes a success line to standard output.</summary>
    /// <param name="text">The text, not markup.</param>
    public void DisplaySuccess(string text) => this.Output.MarkupLine($"[green]{Markup.Escape(text)}[/]");

    /// <summary>Writes a warning line to standard error.</summary>
    /// <param name="text">The text, not markup.</param>
    public void DisplayWarning(string text) => this.Error.MarkupLine($"[yellow]warning:[/] {Markup.Escape(text)}");

    /// <summary>Writes an informational line to standard error (what was decided for the user), always, unstyled.</summary>
    /// <param name="text">The text, not markup.</param>
    public void DisplayNote(string text) => this.Error.WriteLine(text);

    /// <summary>Writes an error sentence to standard error, and with <see cref="Verbose"/> the exception chain.</summary>
    /// <param name="text">One sentence naming the file and the cause, not markup.</param>
    /// <param name="details">The exception behind it, shown only with <c>--verbose</c>.</param>
    public void DisplayError(string text, Exception? details = null)
    {
        this.Error.MarkupLine($"[bold red]error:[/] {Markup.Escape(text)}");
        for (Exception? e = details; this.Verbose && e is not null; e = e.InnerException)
        {
            this.Error.WriteLine($"  {e.GetType().FullName}: {e.Message}");
            this.Error.WriteLine(e.StackTrace ?? string.Empty);
        }
    }

    /// <summary>Writes a detail line to standard error when <see cref="Verbose"/> is on.</summary>
    /// <param name="text">The text, not markup.</param>
    public void DisplayVerbose(string text)
    {
        if (this.Verbose)
        {
            this.Error.MarkupLine($"[grey]{Markup.Escape(text)}[/]");
        }
    }

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected)
        {
            // Spectre assumes 80 columns for files and pipes; a log line should stay one line.
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
