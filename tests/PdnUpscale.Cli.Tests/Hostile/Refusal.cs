// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Cli.Tests.Hostile;

/// <summary>What every refusal looks like: its exit code and one sentence on standard error naming what and why.</summary>
internal static class Refusal
{
    /// <summary>Asserts a run was refused the way the README promises.</summary>
    /// <param name="run">The run.</param>
    /// <param name="exitCode">The expected exit code.</param>
    /// <param name="named">Text the sentence must contain (the file or option).</param>
    /// <param name="cause">Text naming the cause, or null.</param>
    public static void Assert(CliRun run, int exitCode, string named, string? cause = null)
    {
        Xunit.Assert.True(run.ExitCode == exitCode, $"exit code {run.ExitCode}, expected {exitCode}: {run.Error}");
        string[] errors = run.Error.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();
        Xunit.Assert.True(errors.Length == 1, $"expected one error sentence: {run.Error}");
        Xunit.Assert.Contains(named, errors[0]);
        if (cause is not null)
        {
            Xunit.Assert.Contains(cause, errors[0]);
        }

        Xunit.Assert.DoesNotContain("   at ", run.Error);
        Xunit.Assert.DoesNotContain("Unhandled", run.Error);
    }

    /// <summary>Asserts no hidden temporary file is left in a folder or below it.</summary>
    /// <param name="folder">The folder.</param>
    public static void AssertNoTemporaryFiles(string folder) =>
        Xunit.Assert.Empty(Directory.GetFiles(folder, "*" + PdnUpscale.Cli.Files.AtomicFileWriter.TemporarySuffix, SearchOption.AllDirectories));
}
