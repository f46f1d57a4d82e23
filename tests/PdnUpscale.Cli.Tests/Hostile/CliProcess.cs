// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PdnUpscale.Cli.Tests.Hostile;

/// <summary>
/// The CLI as a process of its own (the JIT build the test project carries next to itself), for what an
/// in-process run cannot show: signals, resource limits, another user, another working folder.
/// </summary>
internal static class CliProcess
{
    // Shell words that run the executable as the unprivileged user nobody.
    private const string AsNobody = "exec setpriv --reuid=nobody --regid=nogroup --clear-groups --";

    /// <summary>Gets the CLI's executable in the test output.</summary>
    public static string Executable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "pdnupscale.exe" : "pdnupscale");

    private static readonly Lazy<string> CopyForOthers = new(CopyOutputForOthers);

    /// <summary>
    /// Gets a copy of the CLI that another user can start: the test output may lie below a folder only root can
    /// cross (a clone in a folder made by <c>mktemp -d</c>, mode 0700), where <c>nobody</c> cannot even find the
    /// executable. The copy (this platform's files only, about 70 MB) is made once per test run and deleted at exit.
    /// </summary>
    public static string ForOthers => CopyForOthers.Value;

    /// <summary>Gets a value indicating whether the tests run as root, so they can run the CLI as <c>nobody</c>.</summary>
    public static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>Starts the CLI through a shell line, with its output collected.</summary>
    /// <param name="shellPrefix">Shell words that run the executable: <c>exec</c>, <c>ulimit -f 8; exec</c>, <c>exec runuser -u nobody --</c>.</param>
    /// <param name="workingDirectory">The working folder, or null for the test's.</param>
    /// <param name="args">The CLI's arguments.</param>
    /// <returns>The running process.</returns>
    public static Running Start(string shellPrefix, string? workingDirectory, params string[] args)
        => StartExecutable(Executable, shellPrefix, workingDirectory, args);

    // Starts a given CLI executable (this build's, or the copy for others) through a shell line.
    private static Running StartExecutable(string executable, string shellPrefix, string? workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{shellPrefix} \"$0\" \"$@\"");
        start.ArgumentList.Add(executable);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new Running(Process.Start(start) ?? throw new InvalidOperationException("The CLI did not start."));
    }

    /// <summary>Runs the CLI to its end.</summary>
    /// <param name="shellPrefix">Shell words that run the executable (see <see cref="Start"/>).</param>
    /// <param name="workingDirectory">The working folder, or null.</param>
    /// <param name="args">The CLI's arguments.</param>
    /// <returns>The exit code and output.</returns>
    public static CliRun Run(string shellPrefix, string? workingDirectory, params string[] args)
    {
        using Running running = Start(shellPrefix, workingDirectory, args);
        return running.WaitForExit(TimeSpan.FromMinutes(2));
    }

    /// <summary>Runs the CLI to its end as <c>nobody</c>, from <see cref="ForOthers"/>.</summary>
    /// <param name="args">The CLI's arguments.</param>
    /// <returns>The exit code and output.</returns>
    public static CliRun RunAsNobody(params string[] args)
    {
        using Running running = StartExecutable(ForOthers, AsNobody, null, args);
        return running.WaitForExit(TimeSpan.FromMinutes(2));
    }

    private static string CopyOutputForOthers()
    {
        string from = AppContext.BaseDirectory, to = Directory.CreateTempSubdirectory("pdnupscale-cli-").FullName;
        string ownRuntime = Path.Combine("runtimes", RuntimeInformation.RuntimeIdentifier) + Path.DirectorySeparatorChar;
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("runtimes" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !relative.StartsWith(ownRuntime, StringComparison.Ordinal))
            {
                continue;
            }

            string target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        const UnixFileMode Open = (UnixFileMode)0b111_101_101;
        foreach (string folder in Directory.EnumerateDirectories(to, "*", SearchOption.AllDirectories).Prepend(to))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, Open);
            }
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(to, recursive: true);
        return Path.Combine(to, Path.GetFileName(Executable));
    }

    /// <summary>Creates a named pipe with <c>mkfifo</c>.</summary>
    /// <param name="path">Where.</param>
    public static void MakeFifo(string path)
    {
        using Process mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Sends a signal to a process with the system's <c>kill</c>.</summary>
    /// <param name="processId">The process.</param>
    /// <param name="signal">The signal's name, such as TERM or HUP.</param>
    public static void Signal(int processId, string signal)
    {
        using Process kill = Process.Start("kill", ["-s", signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>A started CLI process.</summary>
    /// <param name="process">The process.</param>
    public sealed class Running(Process process) : IDisposable
    {
        private readonly Task<string> output = process.StandardOutput.ReadToEndAsync();
        private readonly Task<string> error = process.StandardError.ReadToEndAsync();

        /// <summary>Gets the process id.</summary>
        public int Id => process.Id;

        /// <summary>Waits for the process to end.</summary>
        /// <param name="timeout">How long to wait before failing.</param>
        /// <returns>The exit code and output.</returns>
        public CliRun WaitForExit(TimeSpan timeout)
        {
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"The CLI did not end within {timeout.TotalSeconds} s.");
            }

            return new CliRun(process.ExitCode, this.output.Result, this.error.Result);
        }

        /// <inheritdoc/>
        public void Dispose() => process.Dispose();
    }
}
