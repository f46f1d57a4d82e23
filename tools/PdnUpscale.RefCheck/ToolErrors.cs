// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Microsoft.ML.OnnxRuntime;

namespace PdnUpscale.RefCheck;

/// <summary>A failure the user can act on, reported as one sentence.</summary>
internal sealed class ToolException(string message) : Exception(message);

/// <summary>Turns expected failures into one line on stderr and exit code 1 instead of a stack trace.</summary>
internal static class ToolErrors
{
    public static int Guard(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception e) when (e is ToolException or IOException or OnnxRuntimeException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"refcheck: {e.Message}");
            return 1;
        }
    }
}
