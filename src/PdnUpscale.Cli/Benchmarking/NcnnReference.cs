// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>
/// The ncnn reference runtime, run through the repository script <c>models/reference/run ID IN OUT</c>
/// (realesrgan-ncnn-vulkan / upscayl-bin on Vulkan, here on the CPU through Mesa's lavapipe) and timed as a
/// whole process by <see cref="TimedProcess"/>.
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

    /// <summary>Describes one run of the reference.</summary>
    /// <param name="script">The script.</param>
    /// <param name="modelId">The model id.</param>
    /// <param name="input">The input image.</param>
    /// <param name="output">The output image.</param>
    /// <returns>The process to start with <see cref="TimedProcess"/>.</returns>
    public static ProcessStartInfo Start(string script, string modelId, string input, string output)
    {
        var start = new ProcessStartInfo(script);
        foreach (string argument in new[] { modelId, input, output })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
