// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using System.Globalization;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>
/// The process's peak resident memory: <c>VmHWM</c> from <c>/proc/self/status</c> on Linux (native allocations
/// such as image buffers and ONNX Runtime arenas included), <see cref="Process.PeakWorkingSet64"/> elsewhere.
/// </summary>
internal static class PeakMemory
{
    /// <summary>Reads the peak resident set size so far.</summary>
    /// <returns>The bytes.</returns>
    public static long ReadBytes()
    {
        if (OperatingSystem.IsLinux() && File.Exists("/proc/self/status"))
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                // The line reads "VmHWM:   123456 kB".
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    string kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
