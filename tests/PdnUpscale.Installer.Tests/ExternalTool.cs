// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;

namespace PdnUpscale.Installer.Tests;

/// <summary>Runs a command-line tool (bash, 7z, git) and returns what it printed.</summary>
internal static class ExternalTool
{
    /// <summary>Runs a tool to completion.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="workingDirectory">The folder to run it in.</param>
    /// <param name="arguments">The arguments, passed as they are.</param>
    /// <returns>Standard output followed by standard error.</returns>
    /// <exception cref="InvalidOperationException">The tool exited with a non-zero code; the message holds its output.</exception>
    public static string Run(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        process.StandardInput.Close();
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string all = output + error.Result;
        return process.ExitCode == 0
            ? all
            : throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{all}");
    }
}
