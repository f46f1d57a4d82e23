// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;

namespace PdnUpscale.Quality;

/// <summary>
/// Checks for the Debian packages the harness and the tests need (Tesseract, fonts). Nothing here installs
/// them: <c>tests/run</c> and <c>bench/quality/run</c> do, before any test or measurement starts.
/// </summary>
public static class SystemPackages
{
    /// <summary>Makes sure <paramref name="file"/> exists, or fails saying which packages provide it.</summary>
    /// <param name="file">A file the packages install.</param>
    /// <param name="packages">The Debian packages.</param>
    /// <exception cref="InvalidOperationException">The file is missing.</exception>
    public static void Require(string file, params string[] packages)
    {
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"{file} is missing; install it with 'apt-get install {string.Join(' ', packages)}' (tests/run does that as root).");
        }
    }

    /// <summary>Runs a command and returns its standard output.</summary>
    /// <param name="command">The program.</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The standard output.</returns>
    public static string Run(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed with exit code {process.ExitCode}: {error.Result.Trim()}");
        }

        return output;
    }
}
