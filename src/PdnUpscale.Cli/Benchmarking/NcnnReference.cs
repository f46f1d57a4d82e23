// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>
/// Runs the ncnn reference runtime through the repository script <c>models/reference/run ID IN OUT</c>
/// (realesrgan-ncnn-vulkan / upscayl-bin on Vulkan, here on the CPU through Mesa's lavapipe) and times the
/// whole process, as a user would experience it.
/// </summary>
internal static class NcnnReference
{
    /// <summary>The script's path relative to the repository root.</summary>
    public const string ScriptPath = "models/reference/run";

    /// <summary>Finds the script above the working directory or the executable's folder.</summary>
    /// <returns>The script's full path, or null when it is not found.</returns>
    public static string? FindScript()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, ScriptPath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Runs the reference once and times it.</summary>
    /// <param name="script">The script.</param>
    /// <param name="modelId">The model id.</param>
    /// <param name="input">The input image.</param>
    /// <param name="output">The output image.</param>
    /// <param name="cancellationToken">Kills the process when cancelled.</param>
    /// <returns>The wall-clock time.</returns>
    /// <exception cref="InvalidOperationException">The script failed; the message carries its error output.</exception>
    public static async Task<TimeSpan> RunAsync(string script, string modelId, string input, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(script) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in new[] { modelId, input, output })
        {
            start.ArgumentList.Add(argument);
        }

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
            throw new InvalidOperationException($"{script} failed with exit code {process.ExitCode}: {message}");
        }

        return elapsed;
    }
}
