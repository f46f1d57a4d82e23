// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>
/// This very <c>pdnupscale</c> build as a new process (<c>pdnupscale upscale IN -o OUT -m ID --tile T</c>), so the
/// benchmark can time what a user waits for end to end — runtime start, JIT, session creation, codecs — on
/// the same terms as the ncnn reference's process.
/// </summary>
internal static class OwnProcess
{
    /// <summary>Describes one upscale run of this build.</summary>
    /// <param name="modelId">The model id.</param>
    /// <param name="input">The input image.</param>
    /// <param name="output">The output image (replaced).</param>
    /// <param name="tile">The tile size the in-process runs used, so the process does the same work.</param>
    /// <param name="precision">The precision the in-process runs used.</param>
    /// <returns>The process to start with <see cref="TimedProcess"/>.</returns>
    public static ProcessStartInfo Start(string modelId, string input, string output, TileSizeOption tile, InferencePrecision precision)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of the running executable is unknown.");
        var start = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // Started as "dotnet pdnupscale.dll": start the same assembly the same way.
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, typeof(OwnProcess).Assembly.GetName().Name + ".dll"));
        }

        foreach (string argument in new[] { "upscale", input, "-o", output, "-m", modelId, "--tile", tile.ToString(), "--precision", precision.ToString().ToLowerInvariant(), "--overwrite" })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
