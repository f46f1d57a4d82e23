// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>
/// The emulated device: one CPU "adapter" that runs shaders thread by thread. It reports itself as not
/// hardware accelerated (like WARP), which is the truth.
/// </summary>
public sealed class GraphicsDevice : IDisposable
{
    private static readonly GraphicsDevice DefaultDevice = new("ComputeSharp CPU emulation facade");
    private bool isDisposed;

    private GraphicsDevice(string name) => this.Name = name;

    /// <summary>Gets the name of the device.</summary>
    public string Name { get; }

    /// <summary>Gets the dedicated memory size in bytes; the emulation has none.</summary>
    public nuint DedicatedMemorySize => 0;

    /// <summary>Gets a value indicating whether the device is a hardware GPU; always false here.</summary>
    public bool IsHardwareAccelerated => false;

    /// <summary>Gets the default device.</summary>
    /// <returns>The device.</returns>
    public static GraphicsDevice GetDefault() => DefaultDevice;

    /// <summary>
    /// Enumerates the available devices: hardware first, then software. Here one emulated device, a new
    /// instance per enumeration, so a test can dispose it (as a lost device) without touching the default.
    /// </summary>
    /// <returns>The devices.</returns>
    public static IEnumerable<GraphicsDevice> EnumerateDevices()
    {
        yield return new GraphicsDevice(DefaultDevice.Name);
    }

    /// <inheritdoc/>
    public override string ToString() => this.Name;

    /// <inheritdoc/>
    public void Dispose() => this.isDisposed = true;

    /// <summary>Throws if the device was disposed, as every real device operation does.</summary>
    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(this.isDisposed, this);
}
