// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// The base of the errors hosts turn into one sentence and an exit code (<see cref="ExitCode"/>). The message
/// is that sentence: it names the file and the cause. Cancellation is <see cref="OperationCanceledException"/>
/// (exit code 130).
/// </summary>
public abstract class UpscaleException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="UpscaleException"/> class.</summary>
    /// <param name="message">One sentence naming the file and the cause.</param>
    /// <param name="innerException">The underlying error, for <c>--verbose</c> output.</param>
    protected UpscaleException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the process exit code hosts return for this error.</summary>
    public abstract int ExitCode { get; }
}
