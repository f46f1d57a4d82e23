// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Pipeline;

/// <summary>The model is missing, corrupt, of an unexpected shape, or failed to run (exit code 3).</summary>
public sealed class ModelException : UpscaleException
{
    /// <summary>Initializes a new instance of the <see cref="ModelException"/> class.</summary>
    /// <param name="message">One sentence naming the model file and the cause.</param>
    /// <param name="innerException">The underlying error.</param>
    public ModelException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc/>
    public override int ExitCode => 3;
}
