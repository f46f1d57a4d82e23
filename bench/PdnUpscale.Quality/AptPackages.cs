// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;

namespace PdnUpscale.Quality;

/// <summary>
/// Installs the Debian packages the harness needs (Tesseract, fonts) when a file they provide is missing:
/// with apt-get when running as root, otherwise it fails with the command to run.
/// </summary>
public static class AptPackages
{
    private static readonly Lock Gate = new();

    /// <summary>Makes sure <paramref name="file"/> exists, installing <paramref name="packages"/> if not.</summary>
    /// <param name="file">A file the packages install.</param>
    /// <param name="packages">The Debian packages.</param>
    public static void Ensure(string file, params string[] packages)
    {
        lock (Gate)
        {
            if (File.Exists(file))
            {
                return;
            }

            string install = $"install -y -q {string.Join(' ', packages)}";
            if (Environment.UserName != "root")
            {
                throw new InvalidOperationException($"{file} is missing; run: sudo apt-get {install}");
            }

            Run("apt-get", install);
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
