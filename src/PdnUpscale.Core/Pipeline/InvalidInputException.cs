// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// Bad input (exit code 2): the image file is missing, unreadable, truncated, not an image or too large, or
/// the requested size is out of range.
/// </summary>
public sealed class InvalidInputException : UpscaleException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidInputException"/> class.</summary>
    /// <param name="message">One sentence naming the file and the cause.</param>
    /// <param name="innerException">The underlying error.</param>
    public InvalidInputException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override int ExitCode => 2;
}
