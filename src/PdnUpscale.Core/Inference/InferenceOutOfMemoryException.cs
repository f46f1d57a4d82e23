// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Inference;

/// <summary>The device ran out of memory running a tile; the pipeline halves the tile and retries.</summary>
public sealed class InferenceOutOfMemoryException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="InferenceOutOfMemoryException"/> class.</summary>
    /// <param name="message">What ran out.</param>
    /// <param name="innerException">The runtime's exception.</param>
    public InferenceOutOfMemoryException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
