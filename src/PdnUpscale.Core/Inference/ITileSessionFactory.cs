// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Inference;

/// <summary>Opens <see cref="ITileSession"/>s; implementations cache one session per (model, device, tile shape).</summary>
public interface ITileSessionFactory : IDisposable
{
    /// <summary>Gets or opens the session for a model, device and tile shape.</summary>
    /// <param name="model">The model; its <see cref="ModelDescriptor.OnnxPath"/> must be set.</param>
    /// <param name="device">The requested device; unavailable devices fall back to the CPU with one warning.</param>
    /// <param name="precision">The requested precision; int8 applies to CPU sessions of calibrated models only.</param>
    /// <param name="inputWidth">The tile input width.</param>
    /// <param name="inputHeight">The tile input height.</param>
    /// <returns>The session, owned by the factory: callers must not dispose it.</returns>
    /// <exception cref="UpscaleException">The model file is missing or cannot be loaded.</exception>
    ITileSession GetSession(ModelDescriptor model, DeviceKind device, InferencePrecision precision, int inputWidth, int inputHeight);

    /// <summary>Gets the device a request for <paramref name="requested"/> runs on: the CPU, or a GPU provider that is available.</summary>
    /// <param name="requested">The requested device.</param>
    /// <returns><see cref="DeviceKind.Cpu"/> or <see cref="DeviceKind.DirectML"/>.</returns>
    DeviceKind Resolve(DeviceKind requested);

    /// <summary>Drops (and disposes) cached sessions of a model, e.g. after an out-of-memory failure.</summary>
    /// <param name="model">The model.</param>
    void Evict(ModelDescriptor model);
}
