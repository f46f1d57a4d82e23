// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Errors;

/// <summary>
/// An error a host shows as it is: the message is one sentence naming the file and the cause, and
/// <see cref="Kind"/> says whose fault it is (the CLI maps it to an exit code). Cancellation is not an error
/// of this kind: it is <see cref="OperationCanceledException"/>.
/// </summary>
public class UpscaleException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="UpscaleException"/> class.</summary>
    /// <param name="kind">Whose fault it is.</param>
    /// <param name="message">One sentence naming the file and the cause.</param>
    /// <param name="innerException">The underlying error, for <c>--verbose</c> output.</param>
    public UpscaleException(UpscaleErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        this.Kind = kind;
    }

    /// <summary>Gets whose fault the error is.</summary>
    public UpscaleErrorKind Kind { get; }
}
