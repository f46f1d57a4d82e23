// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.ComponentModel;

namespace ComputeSharp;

/// <summary>
/// The emulated device: one CPU "adapter" that runs shaders thread by thread. It reports itself as not
/// hardware accelerated (like WARP), which is the truth. Device loss behaves as in the real package: the
/// <see cref="DeviceLost"/> event is raised once, on a thread pool thread; work already recorded fails with a
/// <see cref="Win32Exception"/> carrying the DXGI error; later use throws <see cref="InvalidOperationException"/>;
/// <see cref="GetDefault"/> keeps returning the cached device until it is disposed.
/// </summary>
public sealed class GraphicsDevice : IDisposable
{
    private const string EmulationName = "ComputeSharp CPU emulation facade";
    private static readonly Lock DefaultGate = new();
    private static GraphicsDevice? defaultDevice;
    private volatile bool isDisposed;
    private int lostReason;

    private GraphicsDevice(string name) => this.Name = name;

    /// <summary>
    /// Raised once, on a thread pool thread, after the device is lost; a lost device cannot be used again, so
    /// an app disposes it and creates a new one.
    /// </summary>
    public event EventHandler<DeviceLostEventArgs>? DeviceLost;

    /// <summary>Gets the name of the device.</summary>
    public string Name { get; }

    /// <summary>Gets the dedicated memory size in bytes; the emulation has none.</summary>
    public nuint DedicatedMemorySize => 0;

    /// <summary>Gets a value indicating whether the device is a hardware GPU; always false here.</summary>
    public bool IsHardwareAccelerated => false;

    /// <summary>Gets the default device: cached until it is disposed, then a new one.</summary>
    /// <returns>The device.</returns>
    public static GraphicsDevice GetDefault()
    {
        lock (DefaultGate)
        {
            if (defaultDevice is null || defaultDevice.isDisposed)
            {
                defaultDevice = new GraphicsDevice(EmulationName);
            }

            return defaultDevice;
        }
    }

    /// <summary>
    /// Enumerates the available devices: hardware first, then software. Here one emulated device, a new
    /// instance per enumeration, so a test can lose or dispose it without touching the default.
    /// </summary>
    /// <returns>The devices.</returns>
    public static IEnumerable<GraphicsDevice> EnumerateDevices()
    {
        yield return new GraphicsDevice(EmulationName);
    }

    /// <inheritdoc/>
    public override string ToString() => this.Name;

    /// <inheritdoc/>
    public void Dispose() => this.isDisposed = true;

    /// <summary>Gets a value indicating whether the device was disposed (for the facade's own tests).</summary>
    internal bool IsDisposed => this.isDisposed;

    /// <summary>Loses the device, as a driver reset or a removed adapter would (for the facade's own tests).</summary>
    /// <param name="reason">Why the device was lost.</param>
    internal void Lose(DeviceLostReason reason)
    {
        if (Interlocked.CompareExchange(ref this.lostReason, (int)reason, 0) == 0)
        {
            _ = ThreadPool.QueueUserWorkItem(static device => device.DeviceLost?.Invoke(device, new DeviceLostEventArgs((DeviceLostReason)device.lostReason)), this, preferLocal: false);
        }
    }

    /// <summary>Throws if the device was disposed or lost, as every real device operation does.</summary>
    internal void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(this.isDisposed, this);
        if (Volatile.Read(ref this.lostReason) != 0)
        {
            throw new InvalidOperationException($"The device \"{this}\" has been lost and can no longer be used.");
        }
    }

    /// <summary>Throws what executing a command list on a lost device gives: the failed HRESULT as a <see cref="Win32Exception"/>.</summary>
    internal void ThrowIfLostWhileExecuting()
    {
        ObjectDisposedException.ThrowIf(this.isDisposed, this);
        if (Volatile.Read(ref this.lostReason) is int reason and not 0)
        {
            throw new Win32Exception(reason);
        }
    }
}
