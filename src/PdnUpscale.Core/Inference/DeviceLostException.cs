// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Inference;

/// <summary>
/// The GPU was removed, reset or hung while a model ran (DXGI_ERROR_DEVICE_REMOVED and kin): no smaller tile
/// helps, so the retry policy goes straight to the CPU.
/// </summary>
public sealed class DeviceLostException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DeviceLostException"/> class.</summary>
    /// <param name="message">What was lost, as one sentence.</param>
    /// <param name="innerException">The runtime's exception.</param>
    public DeviceLostException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
