// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;

namespace PdnUpscale.Cli;

/// <summary>The process exit codes of <c>pdnupscale</c>, listed in <c>--help</c> and the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>An unexpected error: a bug, reported in one sentence (details with <c>--verbose</c>).</summary>
    public const int InternalError = 1;

    /// <summary>Bad input: a missing, unreadable, truncated, oversized or non-image file, or invalid arguments.</summary>
    public const int BadInput = 2;

    /// <summary>The model is missing, corrupt or failed to run.</summary>
    public const int ModelError = 3;

    /// <summary>The user cancelled (Ctrl+C); nothing was written for the unfinished image.</summary>
    public const int Cancelled = 130;

    /// <summary>
    /// Maps an error to its exit code: the one place that decides which errors are the user's (their message is
    /// already one sentence naming the file and the cause) and which are bugs (null).
    /// </summary>
    /// <param name="e">The error.</param>
    /// <returns>The exit code, or null for an unexpected error.</returns>
    public static int? For(Exception e) => e switch
    {
        UpscaleException upscale => For(upscale.Kind),

        // A malformed catalog.json or model metadata.
        InvalidDataException => ModelError,
        IOException or UnauthorizedAccessException => BadInput,
        _ => null,
    };

    /// <summary>Gets the exit code for a Core error: the one place kinds of error become codes.</summary>
    /// <param name="kind">The kind of error.</param>
    /// <returns>The exit code.</returns>
    public static int For(UpscaleErrorKind kind) => kind switch
    {
        UpscaleErrorKind.InvalidInput => BadInput,
        UpscaleErrorKind.Model => ModelError,
        _ => InternalError,
    };

    /// <summary>Gets the one-paragraph description shown at the end of the root command's help.</summary>
    public static string HelpText =>
        $"Exit codes: {Success} ok, {BadInput} bad input, {ModelError} model error, {Cancelled} cancelled (Ctrl+C), {InternalError} unexpected error.";
}
