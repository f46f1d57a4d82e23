// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>Runs a command that writes one output file and times the whole process, as a user would experience it.</summary>
internal static class TimedProcess
{
    /// <summary>Runs the process once and times it from start to exit.</summary>
    /// <param name="start">The process to start; its output streams are redirected here.</param>
    /// <param name="output">The file the process must write.</param>
    /// <param name="cancellationToken">Kills the process when cancelled.</param>
    /// <returns>The wall-clock time.</returns>
    /// <exception cref="InvalidOperationException">The process failed; the message carries its error output.</exception>
    public static async Task<TimeSpan> RunAsync(ProcessStartInfo start, string output, CancellationToken cancellationToken)
    {
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync(cancellationToken);
        Task<string> outputText = process.StandardOutput.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        TimeSpan elapsed = clock.Elapsed;
        await outputText.ConfigureAwait(false);
        string message = (await errors.ConfigureAwait(false)).Trim();
        if (process.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"{start.FileName} failed with exit code {process.ExitCode}: {message}");
        }

        return elapsed;
    }

    /// <summary>Runs the process <paramref name="runs"/> times and returns the median time.</summary>
    /// <param name="start">Creates the process to start (a fresh one per run).</param>
    /// <param name="output">The file the process must write.</param>
    /// <param name="runs">How many runs, at least 1.</param>
    /// <param name="cancellationToken">Kills the process when cancelled.</param>
    /// <returns>The median wall-clock time in milliseconds.</returns>
    public static async Task<double> MedianMillisecondsAsync(Func<ProcessStartInfo> start, string output, int runs, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>();
        for (int i = 0; i < Math.Max(1, runs); i++)
        {
            times.Add(await RunAsync(start(), output, cancellationToken).ConfigureAwait(false));
        }

        return times.Order().ElementAt(times.Count / 2).TotalMilliseconds;
    }
}
