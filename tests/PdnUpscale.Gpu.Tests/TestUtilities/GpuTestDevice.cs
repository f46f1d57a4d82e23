// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;

namespace PdnUpscale.Gpu.Tests.TestUtilities;

/// <summary>GPU stages on ComputeSharp's default device (the emulation on Linux) that fail loudly instead of falling back.</summary>
internal static class GpuTestDevice
{
    /// <summary>Creates stages whose fallback throws, so a test can never pass by silently running the CPU stages.</summary>
    /// <returns>The stages.</returns>
    public static GpuStages CreateStages() =>
        GpuStages.Create(new GpuDevice(GraphicsDevice.GetDefault, line => throw new InvalidOperationException("Unexpected GPU fallback: " + line)), 2);
}
