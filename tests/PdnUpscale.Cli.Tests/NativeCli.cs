// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using System.Runtime.InteropServices;
using PdnUpscale.Tests.Shared;

namespace PdnUpscale.Cli.Tests;

/// <summary>
/// The CLI as it is installed: <c>dotnet publish src/PdnUpscale.Cli -c Release -r RID</c> compiles it to native
/// code (PublishAot), once for all tests that share this fixture, into a temporary folder.
/// </summary>
public sealed class NativeCli : IDisposable
{
    /// <summary>Initializes a new instance of the <see cref="NativeCli"/> class by publishing the CLI.</summary>
    public NativeCli()
    {
        this.Folder = Directory.CreateTempSubdirectory("pdnupscale-native-").FullName;
        string project = Path.Combine(RepositoryRoot.Find(), "src", "PdnUpscale.Cli");
        CliRun publish = Run("dotnet", ["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", this.Folder]);
        Assert.True(publish.ExitCode == 0, publish.Output + publish.Error);
        this.Executable = Path.Combine(this.Folder, OperatingSystem.IsWindows() ? "pdnupscale.exe" : "pdnupscale");
    }

    /// <summary>Gets the publish folder.</summary>
    public string Folder { get; }

    /// <summary>Gets the native executable.</summary>
    public string Executable { get; }

    /// <summary>Runs the published CLI as a new process.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and what it printed.</returns>
    public CliRun Run(params string[] args) => Run(this.Executable, args);

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(this.Folder, recursive: true);

    private static CliRun Run(string fileName, string[] args)
    {
        var start = new ProcessStartInfo(fileName, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.Result);
    }
}
